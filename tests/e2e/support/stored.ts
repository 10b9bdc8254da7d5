import type { Page } from '@playwright/test';

/** One object store's records, as the app stored them. */
export interface StoredRecords {
	database: string;
	store: string;
	records: unknown[];
}

/**
 * Reads every record of every IndexedDB database of the page's origin, without knowing the schema:
 * the tests check what was stored, not how the data layer is written.
 */
export async function readStored(page: Page): Promise<StoredRecords[]> {
	return page.evaluate(async () => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
			});
		const out: { database: string; store: string; records: unknown[] }[] = [];
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await request(indexedDB.open(name));
			for (const store of Array.from(db.objectStoreNames)) {
				const records = await request(db.transaction(store).objectStore(store).getAll());
				out.push({ database: name, store, records });
			}
			db.close();
		}
		return out;
	});
}

/** The records of the stores whose name contains `storeName` (e.g. "deck" for a "decks" store). */
export async function storedIn(page: Page, storeName: string): Promise<unknown[]> {
	const stores = await readStored(page);
	return stores.filter((s) => s.store.toLowerCase().includes(storeName)).flatMap((s) => s.records);
}

/** The record whose `id` is `id`, if any. */
export function recordWithId(records: unknown[], id: string): Record<string, unknown> | undefined {
	return records.find(
		(r): r is Record<string, unknown> => typeof r === 'object' && r !== null && 'id' in r && r.id === id
	);
}
