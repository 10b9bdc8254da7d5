import './fake-idb.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, getSettings, onDatabaseEvent, type DatabaseEvent } from '../../../src/lib/db/index.ts';
import { createDatabaseAt } from './database-at.ts';
import { resetDatabase } from './fake-idb.ts';

// This file plays the newer app: one version above the database an older tab holds open.
vi.mock('../../../src/lib/db/schema.ts', async (original) => ({
	...(await original<typeof import('../../../src/lib/db/schema.ts')>()),
	DB_VERSION: 2
}));

beforeEach(resetDatabase);

function openAt(version: number): Promise<IDBDatabase> {
	const request = indexedDB.open(DB_NAME, version);
	return new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
}

describe('an older tab holding the database open', () => {
	it('tells listeners we are blocked, and opens once the old tab lets go', async () => {
		await createDatabaseAt({ version: 1, stores: {} });
		const older = await openAt(1);
		const events: DatabaseEvent[] = [];
		const stop = onDatabaseEvent((event) => {
			events.push(event);
			if (event === 'blocked') older.close();
		});
		const settings = await getSettings();
		stop();
		expect({ events, settings: settings.textSize }).toEqual({ events: ['blocked'], settings: 'medium' });
	});
});
