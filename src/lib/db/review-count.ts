import { readTx } from './transactions.ts';

/** How many reviews were logged at or after `since` (epoch ms), through the time index. */
export function countReviewsSince(since: number): Promise<number> {
	return readTx(['reviewLogs'], (tx) =>
		tx.objectStore('reviewLogs').index('by-time').count(IDBKeyRange.lowerBound(since))
	);
}
