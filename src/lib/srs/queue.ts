import type { Card, ReviewLog } from '../deck/model.ts';
import { DEFAULT_ROLLOVER_HOUR, MINUTE_MS, dayStart, nextDayStart } from './day.ts';

export interface QueueSettings {
	newCardsPerDay: number;
	maxReviewsPerDay: number;
	/** When nothing else is left, learning cards due within this much may be shown early (Anki's learn-ahead). */
	learnAheadMs: number;
	rolloverHour: number;
}

export const DEFAULT_QUEUE_SETTINGS: Readonly<QueueSettings> = Object.freeze({
	newCardsPerDay: 20,
	maxReviewsPerDay: 200,
	learnAheadMs: 20 * MINUTE_MS,
	rolloverHour: DEFAULT_ROLLOVER_HOUR
});

/** The day's queue in parts; study them in this order (see `queueOrder`). */
export interface StudyQueue {
	/** Learning and relearning cards due now, by due. */
	learning: Card[];
	/** Review cards due today, by due, within the day's review limit. */
	review: Card[];
	/** New cards in the order given, within the day's new-card limit. */
	new: Card[];
	/** Learning cards due within the learn-ahead window, by due: shown only when the rest is done. */
	learnAhead: Card[];
}

export interface QueueCounts {
	newCount: number;
	learningCount: number;
	reviewCount: number;
}

interface DayActivity {
	newIntroduced: number;
	reviewsDone: number;
	studiedCardIds: Set<string>;
}

/** What today's logs say: new cards introduced, reviews done, cards studied. Older logs are ignored. */
function dayActivity(logs: readonly ReviewLog[], start: number): DayActivity {
	const activity: DayActivity = { newIntroduced: 0, reviewsDone: 0, studiedCardIds: new Set() };
	for (const log of logs) {
		if (log.reviewedAt < start) continue;
		activity.studiedCardIds.add(log.cardId);
		if (log.state === 0) activity.newIntroduced++;
		else if (log.state === 2) activity.reviewsDone++;
	}
	return activity;
}

const byDue = (a: Card, b: Card) => a.srs.due - b.srs.due;

/**
 * Build the day's queue from one deck's cards (or all decks' for "Study all": the limits then apply to the
 * whole) and the review logs of at least the current study day. Suspended cards never appear. Once a card is
 * studied today, its new and review siblings are buried until the day rolls over; and a queue introduces at
 * most one card of a sibling group. Learning cards are never buried, so a card's own steps carry on.
 * Cheap enough (one pass plus sorts) to rebuild after every rating.
 */
export function buildQueue(
	cards: readonly Card[],
	logs: readonly ReviewLog[],
	now: number,
	settings: Partial<QueueSettings> = {}
): StudyQueue {
	const { newCardsPerDay, maxReviewsPerDay, learnAheadMs, rolloverHour } = {
		...DEFAULT_QUEUE_SETTINGS,
		...settings
	};
	const activity = dayActivity(logs, dayStart(now, rolloverHour));
	const dayEnd = nextDayStart(now, rolloverHour);
	const queue: StudyQueue = { learning: [], review: [], new: [], learnAhead: [] };
	const buried = new Set<string>();
	const dueReviews: Card[] = [];
	const newCards: Card[] = [];
	for (const card of cards) {
		if (card.suspended) continue;
		if (card.sibling !== undefined && activity.studiedCardIds.has(card.id)) buried.add(card.sibling);
		const { state, due } = card.srs;
		if (state === 0) newCards.push(card);
		else if (state === 2) {
			if (due < dayEnd) dueReviews.push(card);
		} else if (due <= now) queue.learning.push(card);
		else if (due <= now + learnAheadMs) queue.learnAhead.push(card);
	}
	queue.learning.sort(byDue);
	queue.learnAhead.sort(byDue);
	dueReviews.sort(byDue);

	const inQueue = new Set<string>();
	for (const card of [...queue.learning, ...queue.learnAhead])
		if (card.sibling !== undefined) inQueue.add(card.sibling);
	const take = (from: Card[], into: Card[], limit: number) => {
		for (const card of from) {
			if (into.length >= limit) return;
			const sibling = card.sibling;
			if (sibling !== undefined) {
				if (buried.has(sibling) || inQueue.has(sibling)) continue;
				inQueue.add(sibling);
			}
			into.push(card);
		}
	};
	take(dueReviews, queue.review, maxReviewsPerDay - activity.reviewsDone);
	take(newCards, queue.new, newCardsPerDay - activity.newIntroduced);
	return queue;
}

/** The queue's cards in study order: learning due now, reviews, new, then learn-ahead. */
export function queueOrder(queue: StudyQueue): Card[] {
	return [...queue.learning, ...queue.review, ...queue.new, ...queue.learnAhead];
}

/** The new / learning / due counts shown on the home and study screens (learning includes learn-ahead). */
export function queueCounts(queue: StudyQueue): QueueCounts {
	return {
		newCount: queue.new.length,
		learningCount: queue.learning.length + queue.learnAhead.length,
		reviewCount: queue.review.length
	};
}

export function counts(
	cards: readonly Card[],
	logs: readonly ReviewLog[],
	now: number,
	settings: Partial<QueueSettings> = {}
): QueueCounts {
	return queueCounts(buildQueue(cards, logs, now, settings));
}
