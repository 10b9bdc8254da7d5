import './fake-idb.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DB_NAME,
	DbError,
	DbUnavailableError,
	exportAllStores,
	getSettings,
	saveDeck,
	StorageFullError
} from '../../../src/lib/db/index.ts';
import { makeCard, makeDeck } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);
afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes the `n`-th put of the test fail the way `fail` says. */
function failPut(n: number, fail: (store: IDBObjectStore) => void) {
	const put = IDBObjectStore.prototype.put;
	let calls = 0;
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
		calls += 1;
		if (calls === n) fail(this);
		return put.apply(this, args);
	});
}

describe('a full disk', () => {
	// Regression: puts issued before the failing one used to reject with an unhandled AbortError.
	it('maps a QuotaExceededError thrown by a put to StorageFullError, writes nothing, leaves no unhandled AbortError', async () => {
		failPut(2, () => {
			throw quotaError();
		});
		await expect(saveDeck(makeDeck('d1'), [makeCard('d1', 'a'), makeCard('d1', 'b')])).rejects.toBeInstanceOf(
			StorageFullError
		);
		vi.restoreAllMocks();
		expect((await exportAllStores()).decks).toEqual([]);
	});

	it('maps a transaction aborted with QuotaExceededError to StorageFullError and writes nothing', async () => {
		failPut(2, (store) => {
			// What a browser does when the commit does not fit: the whole transaction aborts with the quota error.
			(store.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
		});
		const error = saveDeck(makeDeck('d1'), [makeCard('d1', 'a'), makeCard('d1', 'b')]);
		await expect(error).rejects.toBeInstanceOf(StorageFullError);
		await expect(error).rejects.toMatchObject({ cause: { name: 'QuotaExceededError' } });
		vi.restoreAllMocks();
		expect(await exportAllStores()).toMatchObject({ decks: [], cards: [] });
	});

	it('is a DbError, so callers can catch every database failure at once', () => {
		expect(new StorageFullError('full')).toBeInstanceOf(DbError);
	});
});

describe('an unavailable database', () => {
	it('fails with DbUnavailableError when IndexedDB does not exist', async () => {
		vi.stubGlobal('indexedDB', undefined);
		await expect(getSettings()).rejects.toBeInstanceOf(DbUnavailableError);
	});

	it('fails with DbUnavailableError when the indexedDB getter itself throws (blocked storage)', async () => {
		const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
		Object.defineProperty(globalThis, 'indexedDB', {
			configurable: true,
			get() {
				throw new DOMException('Access is denied', 'SecurityError');
			}
		});
		try {
			await expect(getSettings()).rejects.toBeInstanceOf(DbUnavailableError);
		} finally {
			if (descriptor) Object.defineProperty(globalThis, 'indexedDB', descriptor);
		}
	});

	it('fails with DbUnavailableError when opening is refused, and tries again on the next call', async () => {
		vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
			throw new DOMException(
				'A mutation operation was attempted on a database that did not allow mutations.',
				'InvalidStateError'
			);
		});
		await expect(getSettings()).rejects.toBeInstanceOf(DbUnavailableError);
		await expect(getSettings()).resolves.toMatchObject({ textSize: 'medium' });
	});

	it('fails with DbUnavailableError when the open request errors', async () => {
		// A newer app already upgraded this database: opening it at our version fails with VersionError.
		const request = indexedDB.open(DB_NAME, 99);
		await new Promise((resolve) => (request.onsuccess = resolve));
		request.result.close();
		const error = getSettings();
		await expect(error).rejects.toBeInstanceOf(DbUnavailableError);
		await expect(error).rejects.toMatchObject({ cause: { name: 'VersionError' } });
	});
});
