import { applyEdit } from '../deck/edit.ts';
import type { Card, CardContent, Rating, ReviewLog } from '../deck/model.ts';
import { deleteCard, putCard, recordReview, undoReview, listReviewLogs } from '../db/index.ts';
import {
	buildQueue,
	dueBadgeCount,
	nextDue,
	queueCounts,
	queueOrder,
	dayStart,
	type QueueCounts,
	type QueueSettings,
	type RateResult,
	type Scheduler,
	type SchedulingPreview
} from '../srs/index.ts';
import { byPriority, withoutPriority } from './priority.ts';

/** What was done in this session, for its end summary. */
export interface SessionSummary {
	reviewed: number;
	byRating: Record<Rating, number>;
	durationMs: number;
}

/** `stale`: another tab changed the card first, nothing was written; `missing`: the card was deleted meanwhile. */
export type WriteOutcome = 'saved' | 'stale' | 'missing';

/** Anki counts at most a minute per answer, so a card left open does not skew the statistics. */
export const MAX_ANSWER_MS = 60_000;

export interface SessionSource {
	deckId: string | undefined;
	/** Every card the day's queue can hold (cards due later may be left out: see `listStudyCards`). */
	cards: Card[];
	logs: ReviewLog[];
	scheduler: Scheduler;
	queueSettings: QueueSettings;
}

const emptySummary = (): SessionSummary => ({
	reviewed: 0,
	byRating: { 1: 0, 2: 0, 3: 0, 4: 0 },
	durationMs: 0
});

/**
 * One study session over a deck or all decks. Holds the cards and today's logs in memory and rebuilds the
 * day's queue after every change (cheap: one pass and sorts); every change is written before the next card
 * shows. Not reactive: the page reads it again after each awaited call.
 */
export class StudySession {
	readonly deckId: string | undefined;
	readonly scheduler: Scheduler;
	readonly #queueSettings: QueueSettings;
	#cards: Card[];
	#logs: ReviewLog[];
	#order: Card[] = [];
	#counts: QueueCounts = { newCount: 0, learningCount: 0, reviewCount: 0 };
	#undo: RateResult[] = [];
	/** A card just brought back by undo: shown next, as in Anki. */
	#forced: string | undefined;
	#summary = emptySummary();

	constructor(source: SessionSource) {
		this.deckId = source.deckId;
		this.scheduler = source.scheduler;
		this.#queueSettings = source.queueSettings;
		this.#cards = [...source.cards].sort(byPriority);
		this.#logs = source.logs;
		this.refresh();
	}

	get current(): Card | undefined {
		return this.#order[0];
	}

	get counts(): QueueCounts {
		return this.#counts;
	}

	get canUndo(): boolean {
		return this.#undo.length > 0;
	}

	get summary(): SessionSummary {
		return this.#summary;
	}

	/** The session's cards (the deck's, or all decks'), as last read or written; cards due later are left out. */
	get cards(): readonly Card[] {
		return this.#cards;
	}

	/** The next state and interval for each rating of the current card. */
	preview(): SchedulingPreview | undefined {
		const card = this.current;
		try {
			return card && this.scheduler.preview(card);
		} catch {
			// A damaged scheduling state (e.g. imported): show the card without intervals; rating it reports the error.
			return undefined;
		}
	}

	/** When the next card will be offered once the queue is empty. */
	nextDue(): number | undefined {
		return nextDue(this.#cards, this.scheduler.now(), this.#queueSettings.rolloverHour);
	}

	badgeCount(): number {
		return dueBadgeCount(this.#cards, this.scheduler.now(), this.#queueSettings.rolloverHour);
	}

	/** Rebuilds the queue for the time now: learning cards fall due, the day may roll over. */
	refresh(): void {
		const now = this.scheduler.now();
		const queue = buildQueue(this.#cards, this.#logs, now, this.#queueSettings);
		const order = queueOrder(queue);
		const first = (card: Card) => (card.id === this.#forced ? 2 : (card.priority ?? 0) > 0 ? 1 : 0);
		this.#order = order
			.map((card, i) => ({ card, i }))
			.sort((a, b) => first(b.card) - first(a.card) || a.i - b.i)
			.map(({ card }) => card);
		this.#counts = queueCounts(queue);
	}

	/** Rates the current card and stores the result before moving on. */
	async rate(rating: Rating, durationMs = 0): Promise<WriteOutcome> {
		const card = this.current;
		if (!card) return 'missing';
		const now = this.scheduler.now();
		const result = this.scheduler.rate(card, rating, now, Math.min(Math.max(0, durationMs), MAX_ANSWER_MS));
		const written = withoutPriority(result.card);
		const outcome = await recordReview(written, result.log);
		if (outcome.status === 'saved') {
			this.#replace(written);
			this.#logs.push(result.log);
			this.#undo.push(result);
			this.#count(result.log, 1);
		} else await this.#resync(card.id, outcome.status === 'stale' ? outcome.stored : undefined);
		this.#forced = undefined;
		this.refresh();
		return outcome.status;
	}

	/** Takes back the last rating: the card gets its previous state back and is shown again. */
	async undo(): Promise<WriteOutcome | undefined> {
		const result = this.#undo.pop();
		if (!result) return undefined;
		const { card, deleteLogId } = this.scheduler.undo(result);
		const outcome = await undoReview(card, deleteLogId);
		if (outcome.status === 'saved') {
			this.#replace(card);
			this.#logs = this.#logs.filter((log) => log.id !== deleteLogId);
			this.#count(result.log, -1);
			this.#forced = card.id;
		} else await this.#resync(card.id, outcome.status === 'stale' ? outcome.stored : undefined);
		this.refresh();
		return outcome.status;
	}

	/** Suspends the current card: it keeps its history and leaves every queue until unsuspended. */
	async suspend(): Promise<void> {
		const card = this.current;
		if (!card) return;
		await this.#put({ ...card, suspended: true, updatedAt: this.scheduler.now() });
	}

	/** Saves an edit of the current card's content; its progress is kept. */
	async edit(content: CardContent): Promise<void> {
		const card = this.#cards.find((c) => c.id === content.id);
		if (!card) return;
		await this.#put(applyEdit(card, content, this.scheduler.now()));
	}

	/** Deletes the current card with its history. */
	async remove(): Promise<void> {
		const card = this.current;
		if (!card) return;
		await deleteCard(card.id);
		this.#cards = this.#cards.filter((c) => c.id !== card.id);
		this.#undo = this.#undo.filter((result) => result.card.id !== card.id);
		this.refresh();
	}

	async #put(card: Card): Promise<void> {
		await putCard(card);
		this.#replace(card);
		this.refresh();
	}

	#replace(card: Card): void {
		this.#cards = this.#cards.map((c) => (c.id === card.id ? card : c));
	}

	#count(log: ReviewLog, sign: 1 | -1): void {
		this.#summary.reviewed += sign;
		this.#summary.byRating[log.rating] += sign;
		this.#summary.durationMs += sign * log.durationMs;
	}

	/** Another tab got there first: take the card as stored and today's logs as they now are. */
	async #resync(id: string, stored: Card | undefined): Promise<void> {
		this.#cards = stored
			? this.#cards.map((c) => (c.id === id ? stored : c))
			: this.#cards.filter((c) => c.id !== id);
		this.#undo = this.#undo.filter((result) => result.card.id !== id);
		const since = dayStart(this.scheduler.now(), this.#queueSettings.rolloverHour);
		this.#logs = await listReviewLogs(this.deckId, since);
	}
}
