import type { Card, ReviewLog } from '../deck/model.ts';
import { recountDays } from './review-days.ts';
import { fromStoredCard, toStoredCard } from './stored-card.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';

/**
 * What happened to a review write. `stale`: the stored card has moved on (another tab studied or undid it), so
 * nothing was written and `stored` is the card as it now is. `missing`: the card was deleted meanwhile.
 */
export type ReviewWrite = { status: 'saved' } | { status: 'stale'; stored: Card } | { status: 'missing' };

const lastReview = (card: Card) => card.srs.lastReview ?? -Infinity;

/** The stored card with the scheduling state given: edits made elsewhere to its content are kept. */
function withState(stored: Card, from: Card): Card {
	const { priority: _, ...rest } = stored;
	const next: Card = { ...rest, srs: from.srs, updatedAt: from.updatedAt };
	if (from.priority !== undefined) next.priority = from.priority;
	return next;
}

const REVIEW_STORES = ['cards', 'reviewLogs', 'reviewDays'] as const;

/**
 * Writes a rated card's new state and its review log in one transaction, with the day's summary. The write is
 * refused when the stored card is already as far on as the one given (another tab rated it), so a card never rolls
 * back; writing the same review twice is harmless (the log id is `cardId:reviewedAt`, and it is found as already done).
 */
export function recordReview(card: Card, log: ReviewLog): Promise<ReviewWrite> {
	return writeTx(REVIEW_STORES, async (tx): Promise<ReviewWrite> => {
		const cards = tx.objectStore('cards');
		const logs = tx.objectStore('reviewLogs');
		const record = await cards.get(card.id);
		if (!record) return { status: 'missing' };
		const stored = fromStoredCard(record);
		if (lastReview(stored) === log.reviewedAt && (await logs.getKey(log.id)) !== undefined)
			return { status: 'saved' };
		if (stored.srs.reps >= card.srs.reps || lastReview(stored) >= log.reviewedAt)
			return { status: 'stale', stored };
		await issueAll([() => cards.put(toStoredCard(withState(stored, card))), () => logs.put(log)]);
		await recountDays({ reviewLogs: logs, reviewDays: tx.objectStore('reviewDays') }, [log]);
		return { status: 'saved' };
	});
}

/**
 * Undoes a review in one transaction: `previous` (the card as it was before) gets its state back and the log
 * `logId` goes. Refused (`stale`) when the stored card is no longer the outcome of that review.
 */
export function undoReview(previous: Card, logId: string): Promise<ReviewWrite> {
	return writeTx(REVIEW_STORES, async (tx): Promise<ReviewWrite> => {
		const cards = tx.objectStore('cards');
		const logs = tx.objectStore('reviewLogs');
		const [record, log] = await Promise.all([cards.get(previous.id), logs.get(logId)]);
		if (!record) return { status: 'missing' };
		const stored = fromStoredCard(record);
		if (!log || lastReview(stored) !== log.reviewedAt) return { status: 'stale', stored };
		await issueAll([() => cards.put(toStoredCard(withState(stored, previous))), () => logs.delete(logId)]);
		await recountDays({ reviewLogs: logs, reviewDays: tx.objectStore('reviewDays') }, [log]);
		return { status: 'saved' };
	});
}

/**
 * Review logs of one deck (or all decks) from `since` on, in time order, through the [deck, time] or time index.
 */
export function listReviewLogs(deckId: string | undefined, since: number): Promise<ReviewLog[]> {
	return readTx(['reviewLogs'], async (tx) => {
		const store = tx.objectStore('reviewLogs');
		if (deckId === undefined) return store.index('by-time').getAll(IDBKeyRange.lowerBound(since));
		return store.index('by-deck-time').getAll(IDBKeyRange.bound([deckId, since], [deckId, Infinity]));
	});
}
