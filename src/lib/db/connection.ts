import { openDB, type IDBPDatabase } from 'idb';
import { closedError, DbUnavailableError } from './errors.ts';
import { DB_NAME, DB_VERSION, type FactdeckSchema } from './schema.ts';
import { upgrade } from './upgrade.ts';

export type DatabaseEvent = 'blocked' | 'versionchange' | 'terminated';
type Listener = (event: DatabaseEvent) => void;

const listeners = new Set<Listener>();
let connection: Promise<IDBPDatabase<FactdeckSchema>> | undefined;
/** Set when another tab needed a newer version: this connection is gone until the page reloads. */
let closedForVersionChange = false;

/** Listens for `blocked` (an older tab holds the database open), `versionchange` (we closed for a newer tab), `terminated`. */
export function onDatabaseEvent(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(event: DatabaseEvent): void {
	for (const listener of listeners) listener(event);
}

export function isClosedForVersionChange(): boolean {
	return closedForVersionChange;
}

async function open(): Promise<IDBPDatabase<FactdeckSchema>> {
	try {
		// Inside the try: some browsers throw a SecurityError from the `indexedDB` getter itself.
		if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available here.');
		return await openDB<FactdeckSchema>(DB_NAME, DB_VERSION, {
			upgrade,
			blocked: () => emit('blocked'),
			blocking: (_current, _blocked, event) => {
				(event.target as IDBDatabase).close();
				closedForVersionChange = true;
				connection = undefined;
				emit('versionchange');
			},
			terminated: () => {
				// The browser closed the connection abnormally; the next call opens a new one.
				connection = undefined;
				emit('terminated');
			}
		});
	} catch (error) {
		throw new DbUnavailableError('The database could not be opened.', { cause: error });
	}
}

/** The shared connection, opened on first use. */
export function getDb(): Promise<IDBPDatabase<FactdeckSchema>> {
	if (closedForVersionChange) return Promise.reject(closedError());
	if (!connection) {
		const opening = open();
		connection = opening;
		// A failed open is not cached: a later call tries again.
		opening.catch(() => {
			if (connection === opening) connection = undefined;
		});
	}
	return connection;
}

/** Closes and forgets the connection (tests, or before deleting the database). */
export async function closeDb(): Promise<void> {
	const pending = connection;
	connection = undefined;
	closedForVersionChange = false;
	const db = await pending?.catch(() => undefined);
	db?.close();
}
