import { State, type Card as FsrsCard } from 'ts-fsrs';
import type { SchedulingState } from '../deck/model.ts';

/** Our flat, epoch-ms scheduling state as a ts-fsrs card. */
export function toFsrsCard(srs: SchedulingState): FsrsCard {
	const card: FsrsCard = {
		due: new Date(srs.due),
		stability: srs.stability,
		difficulty: srs.difficulty,
		elapsed_days: srs.elapsedDays,
		scheduled_days: srs.scheduledDays,
		learning_steps: srs.learningSteps,
		reps: srs.reps,
		lapses: srs.lapses,
		state: srs.state as State
	};
	if (srs.lastReview !== undefined) card.last_review = new Date(srs.lastReview);
	return card;
}

/** A ts-fsrs card as our flat scheduling state (`lastReview` is left out when the card was never reviewed). */
export function fromFsrsCard(card: FsrsCard): SchedulingState {
	const srs: SchedulingState = {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as SchedulingState['state']
	};
	if (card.last_review) srs.lastReview = card.last_review.getTime();
	return srs;
}
