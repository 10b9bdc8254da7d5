import {
	fsrs,
	generatorParameters,
	GenSeedStrategyWithCardId,
	StrategyMode,
	type Card as FsrsCard,
	type FSRS,
	type Grade,
	type RecordLogItem
} from 'ts-fsrs';
import type { Card, Rating, ReviewLog, SchedulingState } from '../deck/model.ts';
import { DAY_MS } from './day.ts';
import { fromFsrsCard, toFsrsCard } from './fsrs-card.ts';
import { resolveSchedulerSettings, type SchedulerSettings } from './scheduler-settings.ts';

export const RATINGS: readonly Rating[] = Object.freeze([1, 2, 3, 4]);

/** What one rating would do: the card's next state and how long until it is due again. */
export interface RatingOutcome {
	srs: SchedulingState;
	intervalMs: number;
}

export type SchedulingPreview = Record<Rating, RatingOutcome>;

/** Everything a rating changes; the caller writes `card` and `log` in one transaction and keeps `previous` for undo. */
export interface RateResult {
	card: Card;
	log: ReviewLog;
	previous: SchedulingState;
}

/** Undo = write `card` back and delete the log `deleteLogId`, in one transaction. */
export interface UndoResult {
	card: Card;
	deleteLogId: string;
}

/** Deterministic, so two tabs recording the same review write one log, not two. */
export function reviewLogId(cardId: string, reviewedAt: number): string {
	return `${cardId}:${reviewedAt}`;
}

type SeededFsrsCard = FsrsCard & { card_id: string };

/**
 * FSRS scheduling for Factdeck cards, pure: nothing is stored here.
 * Settings are fixed per instance; changing desired retention means a new scheduler, which affects only the
 * ratings made with it (due dates already stored stay as they are).
 */
export class Scheduler {
	readonly settings: SchedulerSettings;
	readonly now: () => number;
	readonly #fsrs: FSRS;

	constructor(settings: Partial<SchedulerSettings> = {}, clock: () => number = Date.now) {
		this.settings = resolveSchedulerSettings(settings);
		this.now = clock;
		this.#fsrs = fsrs(
			generatorParameters({
				request_retention: this.settings.desiredRetention,
				maximum_interval: this.settings.maximumIntervalDays,
				enable_fuzz: this.settings.enableFuzz,
				enable_short_term: true,
				learning_steps: this.settings.learningSteps,
				relearning_steps: this.settings.relearningSteps
			})
			// Fuzz seeded by card id and review count: the interval a button shows is the one the rating gives,
			// however long the person looks at the answer.
		).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('card_id'));
	}

	/** The next state and interval for each rating, to label the answer buttons. */
	preview(card: Card, now: number = this.now()): SchedulingPreview {
		const record = this.#fsrs.repeat(this.#input(card), now);
		const outcome = (rating: Rating): RatingOutcome => {
			const srs = this.#withinMaximum(fromFsrsCard(record[rating as Grade].card), now);
			return { srs, intervalMs: srs.due - now };
		};
		return { 1: outcome(1), 2: outcome(2), 3: outcome(3), 4: outcome(4) };
	}

	/**
	 * Rate a card. The log holds the card's state before the review (state, due, stability, difficulty,
	 * scheduled days), as ts-fsrs logs do; `elapsedDays` is the days since the previous review.
	 */
	rate(card: Card, rating: Rating, now: number = this.now(), durationMs = 0): RateResult {
		const item: RecordLogItem = this.#fsrs.next(this.#input(card), now, rating as Grade);
		const previous = card.srs;
		const log: ReviewLog = {
			id: reviewLogId(card.id, now),
			cardId: card.id,
			deckId: card.deckId,
			rating,
			state: previous.state,
			due: previous.due,
			stability: previous.stability,
			difficulty: previous.difficulty,
			elapsedDays: item.log.elapsed_days,
			scheduledDays: previous.scheduledDays,
			reviewedAt: now,
			durationMs
		};
		const srs = this.#withinMaximum(fromFsrsCard(item.card), now);
		return { card: { ...card, srs, updatedAt: now }, log, previous };
	}

	/** Undo a rating: the card gets its previous scheduling state back exactly; its log is to be deleted. */
	undo(result: RateResult, now: number = this.now()): UndoResult {
		return { card: { ...result.card, srs: result.previous, updatedAt: now }, deleteLogId: result.log.id };
	}

	/**
	 * ts-fsrs 5.4 keeps Hard < Good < Easy by adding a day after clamping to the maximum interval, so Good and
	 * Easy can land past it; clamp again, as Anki does.
	 */
	#withinMaximum(srs: SchedulingState, now: number): SchedulingState {
		const max = this.settings.maximumIntervalDays;
		return srs.scheduledDays > max ? { ...srs, scheduledDays: max, due: now + max * DAY_MS } : srs;
	}

	#input(card: Card): SeededFsrsCard {
		return { ...toFsrsCard(card.srs), card_id: card.id };
	}
}
