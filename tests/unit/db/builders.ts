import { toCard } from '../../../src/lib/deck/cards.ts';
import type { Card, Deck, QuizAttempt, ReviewLog, SchedulingState } from '../../../src/lib/deck/model.ts';

export const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);
export const DAY = 86_400_000;

export function makeDeck(id: string, overrides: Partial<Deck> = {}): Deck {
	return {
		id,
		title: `Deck ${id}`,
		blocks: [{ kind: 'paragraph', sentences: ['The river Niger rises in Guinea.'] }],
		text: 'The river Niger rises in Guinea.',
		origin: 'user',
		createdAt: NOW - DAY,
		updatedAt: NOW - DAY,
		...overrides
	};
}

export function makeCard(deckId: string, id: string, srs: Partial<SchedulingState> = {}): Card {
	const card = toCard(
		{
			id,
			type: 'qa',
			prompt: `Question ${id}?`,
			answer: `Answer ${id}`,
			evidence: 'The river Niger rises in Guinea.'
		},
		deckId,
		NOW - DAY
	);
	return { ...card, srs: { ...card.srs, ...srs } };
}

/** A card studied once, in review, due at `due`. */
export function reviewed(deckId: string, id: string, due: number): Card {
	return makeCard(deckId, id, {
		state: 2,
		due,
		reps: 1,
		stability: 3.2,
		difficulty: 5.1,
		scheduledDays: 3,
		lastReview: NOW - DAY
	});
}

export function makeLog(card: Card, id: string, reviewedAt = NOW - DAY): ReviewLog {
	return {
		id,
		cardId: card.id,
		deckId: card.deckId,
		rating: 3,
		state: 0,
		due: reviewedAt,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		reviewedAt,
		durationMs: 4200
	};
}

export function makeAttempt(deckId: string, id: string, cards: Card[]): QuizAttempt {
	return {
		id,
		deckId,
		startedAt: NOW - 120_000,
		finishedAt: NOW,
		answers: cards.map((card) => ({ cardId: card.id, given: card.answer, correct: true })),
		score: cards.length,
		total: cards.length
	};
}
