import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	deleteAllData,
	exportAllStores,
	getSettings,
	listDecks,
	updateSettings
} from '../../../src/lib/db/index.ts';
import v1 from '../../fixtures/db/v1.json' with { type: 'json' };
import { NOW } from './builders.ts';
import { createDatabaseAt } from './database-at.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

describe('exportAllStores', () => {
	it('returns every store, empty in a new database', async () => {
		expect(await exportAllStores()).toEqual({
			decks: [],
			cards: [],
			reviewLogs: [],
			quizAttempts: [],
			settings: [],
			sharedQuizzes: []
		});
	});
});

describe('deleteAllData', () => {
	it('empties every store and resets settings, remembering that the default deck was seeded', async () => {
		await createDatabaseAt(v1);
		await deleteAllData();
		expect(await exportAllStores()).toEqual({
			decks: [],
			cards: [],
			reviewLogs: [],
			quizAttempts: [],
			settings: [{ id: 'app', ...DEFAULT_SETTINGS, defaultDeckSeeded: true }],
			sharedQuizzes: []
		});
		expect(await listDecks(NOW)).toEqual([]);
	});

	it('works on a database that never held anything', async () => {
		await updateSettings({ textSize: 'small' });
		await deleteAllData();
		expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, defaultDeckSeeded: true });
	});
});
