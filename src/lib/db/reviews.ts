import type { Card, ReviewLog } from '../deck/model.ts';
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

/**
 * Writes a rated card's new state and its review log in one transaction. The write is refused when the
 * stored card is already as far on as the one given (another tab rated it), so a card never rolls back;
 * writing the same review twice is harmless (the log id is `cardId:reviewedAt`, and it is found as already done).
 */
export function recordReview(card: Card, log: ReviewLog): Promise<ReviewWrite> {
	return writeTx(['cards', 'reviewLogs'], async (tx): Promise<ReviewWrite> => {
		const cards = tx.objectStore('cards');
		const logs = tx.objectStore('reviewLogs');
		const stored = await cards.get(card.id);
		if (!stored) return { status: 'missing' };
		if (lastReview(stored) === log.reviewedAt && (await logs.getKey(log.id)) !== undefined)
			return { status: 'saved' };
		if (stored.srs.reps >= card.srs.reps || lastReview(stored) >= log.reviewedAt)
			return { status: 'stale', stored };
		await issueAll([() => cards.put(withState(stored, card)), () => logs.put(log)]);
		return { status: 'saved' };
	});
}

/**
 * Undoes a review in one transaction: `previous` (the card as it was before) gets its state back and the log
 * `logId` goes. Refused (`stale`) when the stored card is no longer the outcome of that review.
 */
export function undoReview(previous: Card, logId: string): Promise<ReviewWrite> {
	return writeTx(['cards', 'reviewLogs'], async (tx): Promise<ReviewWrite> => {
		const cards = tx.objectStore('cards');
		const logs = tx.objectStore('reviewLogs');
		const [stored, log] = await Promise.all([cards.get(previous.id), logs.get(logId)]);
		if (!stored) return { status: 'missing' };
		if (!log || lastReview(stored) !== log.reviewedAt) return { status: 'stale', stored };
		await issueAll([() => cards.put(withState(stored, previous)), () => logs.delete(logId)]);
		return { status: 'saved' };
	});
}

/**
 * Review logs of one deck (or all decks), optionally only those from `since` on. Logs of all decks come in
 * time order; one deck's logs come in card order (the statistics sort what needs sorting).
 */
export function listReviewLogs(deckId?: string, since?: number): Promise<ReviewLog[]> {
	return readTx(['reviewLogs'], async (tx) => {
		const store = tx.objectStore('reviewLogs');
		if (since !== undefined) {
			const recent = await store.index('by-time').getAll(IDBKeyRange.lowerBound(since));
			return deckId === undefined ? recent : recent.filter((log) => log.deckId === deckId);
		}
		return deckId === undefined ? store.index('by-time').getAll() : store.index('by-deck').getAll(deckId);
	});
}

/** Every card of every deck ("Study all", statistics, the app badge). */
export function listAllCards(): Promise<Card[]> {
	return readTx(['cards'], (tx) => tx.objectStore('cards').getAll());
}
