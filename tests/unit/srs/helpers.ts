import { toCard } from '../../../src/lib/deck/cards.ts';
import type { Card, Rating, ReviewLog, SchedulingState } from '../../../src/lib/deck/model.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A card for tests: new and due at `createdAt` unless `srs` says otherwise. */
export function card(
	id: string,
	srs: Partial<SchedulingState> = {},
	extra: Partial<Card> = {},
	createdAt = Date.UTC(2025, 0, 1)
): Card {
	const base = toCard(
		{ id, type: 'qa', prompt: `Q ${id}`, answer: `A ${id}`, evidence: `E ${id}` },
		'deck',
		createdAt
	);
	return { ...base, ...extra, srs: { ...base.srs, ...srs } };
}

/** A review card (state 2) due at `due` with the given scheduled interval. */
export function reviewCard(id: string, due: number, scheduledDays = 5, extra: Partial<Card> = {}): Card {
	return card(
		id,
		{
			state: 2,
			due,
			scheduledDays,
			stability: scheduledDays,
			difficulty: 5,
			reps: 3,
			lastReview: due - scheduledDays * DAY
		},
		extra
	);
}

/** A learning card (state 1) due at `due`. */
export function learningCard(id: string, due: number, extra: Partial<Card> = {}): Card {
	return card(
		id,
		{ state: 1, due, stability: 2, difficulty: 5, reps: 1, lastReview: due - 10 * MINUTE },
		extra
	);
}

export function log(
	cardId: string,
	reviewedAt: number,
	state: ReviewLog['state'],
	rating: Rating = 3,
	scheduledDays = 0
): ReviewLog {
	return {
		id: `${cardId}:${reviewedAt}`,
		cardId,
		deckId: 'deck',
		rating,
		state,
		due: reviewedAt,
		stability: 1,
		difficulty: 5,
		elapsedDays: scheduledDays,
		scheduledDays,
		reviewedAt,
		durationMs: 1000
	};
}
