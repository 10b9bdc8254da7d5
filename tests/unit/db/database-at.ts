import { DB_NAME } from '../../../src/lib/db/index.ts';
import { SCHEMAS, type StoreShape } from './old-schemas.ts';

/** A dump as committed in tests/fixtures/db: every record of every store of one schema version. */
export interface Fixture {
	version: number;
	stores: Record<string, unknown[]>;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

/** Creates the database as version `fixture.version` looked, with its records, using raw IndexedDB only. */
export async function createDatabaseAt(fixture: Fixture): Promise<void> {
	const shape = SCHEMAS[fixture.version];
	if (!shape) throw new Error(`No schema written down for version ${fixture.version}`);
	const request = indexedDB.open(DB_NAME, fixture.version);
	request.onupgradeneeded = () => {
		for (const { name, keyPath, autoIncrement, indexes } of shape) {
			const store = request.result.createObjectStore(name, { keyPath, autoIncrement });
			for (const index of indexes) store.createIndex(index.name, index.keyPath, index);
		}
	};
	const db = await promised(request);
	const names = Object.keys(fixture.stores);
	if (names.length === 0) return db.close();
	try {
		const tx = db.transaction(names, 'readwrite');
		for (const [name, records] of Object.entries(fixture.stores)) {
			for (const record of records) tx.objectStore(name).add(record);
		}
		await done(tx);
	} finally {
		db.close();
	}
}

/** The stores and indexes the database has now, in the form of `SCHEMAS`. */
export async function readShape(): Promise<StoreShape[]> {
	const db = await promised(indexedDB.open(DB_NAME));
	try {
		const names = [...db.objectStoreNames].sort();
		if (names.length === 0) return [];
		const tx = db.transaction(names, 'readonly');
		return names.map((name) => {
			const store = tx.objectStore(name);
			return {
				name,
				keyPath: store.keyPath,
				autoIncrement: store.autoIncrement,
				indexes: [...store.indexNames].sort().map((indexName) => {
					const { keyPath, unique, multiEntry } = store.index(indexName);
					return { name: indexName, keyPath, unique, multiEntry };
				})
			};
		});
	} finally {
		db.close();
	}
}
