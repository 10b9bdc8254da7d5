import './fake-idb.ts';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DB_NAME,
	DB_VERSION,
	DbClosedError,
	getSettings,
	onDatabaseEvent,
	updateSettings,
	type DatabaseEvent
} from '../../../src/lib/db/index.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);
afterEach(() => vi.restoreAllMocks());

function record() {
	const events: DatabaseEvent[] = [];
	const stop = onDatabaseEvent((event) => events.push(event));
	return { events, stop };
}

function openNewerVersion(): Promise<IDBDatabase> {
	const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('open failed'));
	});
}

describe('another tab opening a newer version', () => {
	it('closes our connection, tells listeners, and later calls fail clearly', async () => {
		const { events, stop } = record();
		await updateSettings({ textSize: 'large' });
		// Resolves only once our connection has closed: otherwise it would stay blocked.
		const newer = await openNewerVersion();
		newer.close();
		stop();
		expect(events).toEqual(['versionchange']);
		await expect(getSettings()).rejects.toBeInstanceOf(DbClosedError);
	});

	it('no longer calls a listener that stopped listening', async () => {
		const { events, stop } = record();
		stop();
		await getSettings();
		(await openNewerVersion()).close();
		expect(events).toEqual([]);
	});
});

describe('a connection the browser closed', () => {
	it('tells listeners and opens a new connection on the next call', async () => {
		const open = vi.spyOn(indexedDB, 'open');
		const { events, stop } = record();
		await updateSettings({ newCardsPerDay: 9 });
		const request = open.mock.results[0]?.value as IDBOpenDBRequest;
		forceCloseDatabase(request.result as never);
		stop();
		expect(events).toEqual(['terminated']);
		expect(await getSettings()).toMatchObject({ newCardsPerDay: 9 });
		expect(open).toHaveBeenCalledTimes(2);
	});
});
