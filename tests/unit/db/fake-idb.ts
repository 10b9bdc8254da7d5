import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeDb } from '../../../src/lib/db/index.ts';

/** Closes the app's connection and gives the next test an empty IndexedDB. */
export async function resetDatabase(): Promise<void> {
	await closeDb();
	globalThis.indexedDB = new IDBFactory();
}
