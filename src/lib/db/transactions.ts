import type { IDBPTransaction } from 'idb';
import { getDb, isClosedForVersionChange } from './connection.ts';
import { toDbError } from './errors.ts';
import type { AnyStoreName, FactdeckSchema } from './schema.ts';

type Tx<Names extends ArrayLike<AnyStoreName>, Mode extends IDBTransactionMode> = IDBPTransaction<
	FactdeckSchema,
	Names,
	Mode
>;

function abortQuietly(tx: { abort(): void }): void {
	try {
		tx.abort();
	} catch {
		// Already finished or aborted.
	}
}

/** Runs `fn` in one transaction and resolves only once it has committed; any failure rolls it back. */
async function run<const Names extends ArrayLike<AnyStoreName>, Mode extends IDBTransactionMode, T>(
	stores: Names,
	mode: Mode,
	fn: (tx: Tx<Names, Mode>) => Promise<T>
): Promise<T> {
	const db = await getDb();
	let tx: Tx<Names, Mode>;
	try {
		tx = db.transaction(stores, mode);
	} catch (error) {
		throw toDbError(error, isClosedForVersionChange());
	}
	// Failures are reported through `fn` or the await below; this keeps an early abort from going unhandled.
	tx.done.catch(() => undefined);
	try {
		const result = await fn(tx);
		await tx.done;
		return result;
	} catch (error) {
		abortQuietly(tx);
		await tx.done.catch(() => undefined);
		// A request cancelled by an abort fails with AbortError; the transaction holds the real cause.
		throw toDbError(tx.error ?? error, isClosedForVersionChange());
	}
}

/**
 * Issues requests and waits for all of them. Each is marked handled as soon as it is issued, so when a later one
 * throws (and the transaction aborts) the earlier ones' AbortError does not surface as an unhandled rejection.
 */
export async function issueAll(requests: Iterable<() => Promise<unknown>>): Promise<void> {
	const pending: Promise<unknown>[] = [];
	for (const issue of requests) {
		const request = issue();
		request.catch(() => undefined);
		pending.push(request);
	}
	await Promise.all(pending);
}

export function readTx<const Names extends ArrayLike<AnyStoreName>, T>(
	stores: Names,
	fn: (tx: Tx<Names, 'readonly'>) => Promise<T>
): Promise<T> {
	return run(stores, 'readonly', fn);
}

export function writeTx<const Names extends ArrayLike<AnyStoreName>, T>(
	stores: Names,
	fn: (tx: Tx<Names, 'readwrite'>) => Promise<T>
): Promise<T> {
	return run(stores, 'readwrite', fn);
}
