import type { Card, CardContent, SchedulingState } from './model.ts';

/** The scheduling state of a card never studied: new, due now. */
export function newSchedulingState(now: number): SchedulingState {
	return {
		due: now,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0
	};
}

/** A generated or hand-written card, ready to be stored in a deck. */
export function toCard(content: CardContent, deckId: string, now: number): Card {
	return {
		...content,
		deckId,
		srs: newSchedulingState(now),
		suspended: false,
		createdAt: now,
		updatedAt: now
	};
}

/** Content fields a card may lack: replacing a card's content drops those the new content lacks. */
const OPTIONAL_CONTENT = ['choices', 'sibling', 'kind', 'options', 'context'] as const;

/** `card` asking what `content` asks: its progress and every other field stay. */
export function withContent(card: Card, content: CardContent): Card {
	const next: Card = { ...card, ...content };
	for (const key of OPTIONAL_CONTENT) if (content[key] === undefined) delete next[key];
	return next;
}
