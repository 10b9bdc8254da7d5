import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	BackupError,
	createBackup,
	exportBackup,
	parseBackup,
	previewBackup,
	restoreBackup
} from '../../../src/lib/backup/index.ts';
import { exportAllStores, STORE_NAMES, type DatabaseDump } from '../../../src/lib/db/index.ts';
import { NOW } from '../db/builders.ts';
import { resetDatabase } from '../db/fake-idb.ts';
import latest from '../../fixtures/db/v3.json' with { type: 'json' };

beforeEach(resetDatabase);

type Json = Record<string, unknown>;
type Stores = Record<string, Json[]>;

/** The v3 fixture as a backup file, to be spoilt by each test. */
function backupJson(): { stores: Stores } & Json {
	return JSON.parse(JSON.stringify(createBackup(latest.stores as unknown as DatabaseDump, NOW)));
}

function refused(file: object): BackupError {
	try {
		parseBackup(JSON.stringify(file));
	} catch (error) {
		if (error instanceof BackupError) return error;
		throw error;
	}
	throw new Error('accepted');
}

const card = (file: { stores: Stores }, i = 0) => file.stores.cards![i] as Json & { srs: Json };

describe('records the app could not use are refused, naming the record', () => {
	it('a shared quiz without its results list (the deck page threw reading its length)', () => {
		const file = backupJson();
		delete file.stores.sharedQuizzes![0]!.results;
		const error = refused(file);
		expect(error.problem).toBe('damaged');
		expect(error.fault).toEqual({ store: 'sharedQuizzes', index: 0, field: 'results' });
	});

	it('a shared quiz record of {"foo":1} (it passed the preview, then every restore failed)', () => {
		const file = backupJson();
		file.stores.sharedQuizzes!.push({ foo: 1 });
		expect(refused(file).fault).toMatchObject({ store: 'sharedQuizzes', index: 1 });
	});

	it('an impossible scheduling state (stability -5, difficulty 1e300 blocked the study session)', () => {
		const file = backupJson();
		Object.assign(card(file).srs, { stability: -5, difficulty: 1e300 });
		const error = refused(file);
		expect(error.problem).toBe('damaged');
		expect(error.fault).toEqual({ store: 'cards', index: 0, field: 'srs.stability' });
	});

	it('ranges depend on the state: a new card has no memory state, a studied one has both', () => {
		const spoil = (i: number, srs: Json) => {
			const file = backupJson();
			Object.assign(card(file, i).srs, srs);
			return refused(file).fault;
		};
		// Card 3 is new, card 0 in review.
		expect(card(backupJson(), 3).srs.state).toBe(0);
		expect(spoil(3, { stability: 2.5 })).toMatchObject({ index: 3, field: 'srs.stability' });
		expect(spoil(0, { difficulty: 0 })).toMatchObject({ index: 0, field: 'srs.difficulty' });
		expect(spoil(0, { difficulty: 10.5 })).toMatchObject({ field: 'srs.difficulty' });
		expect(spoil(0, { state: 7 })).toMatchObject({ field: 'srs.state' });
		expect(spoil(0, { due: 1e300 })).toMatchObject({ field: 'srs.due' });
		expect(spoil(0, { reps: 1.5 })).toMatchObject({ field: 'srs.reps' });
		// Reviewed after the backup was made: the scheduler refused it and the card came back after every rating.
		expect(spoil(1, { lastReview: NOW + 5 * 86_400_000 })).toMatchObject({
			index: 1,
			field: 'srs.lastReview'
		});
	});

	it('review logs, quiz attempts and settings are checked field by field too', () => {
		const cases: [string, (stores: Stores) => void, string][] = [
			['reviewLogs', (s) => (s.reviewLogs![1]!.difficulty = 11), 'difficulty'],
			['reviewLogs', (s) => (s.reviewLogs![0]!.rating = 5), 'rating'],
			['quizAttempts', (s) => (s.quizAttempts![0]!.score = 9), ''],
			['quizAttempts', (s) => delete s.quizAttempts![0]!.answers, 'answers'],
			['settings', (s) => (s.settings![0]!.desiredRetention = 5), 'desiredRetention'],
			['decks', (s) => (s.decks![0]!.createdAt = -1), 'createdAt'],
			['cards', (s) => (s.cards![0]!.priority = 'high'), 'priority']
		];
		for (const [store, spoil, field] of cases) {
			const file = backupJson();
			spoil(file.stores);
			expect(refused(file).fault, `${store}.${field}`).toMatchObject({ store, field });
		}
	});
});

describe('duplicates, dangling references and unknown fields', () => {
	it('refuses a duplicated deck id and card id (it previewed 2 decks and 26 cards, then restored 1 and 25)', () => {
		const twice = (store: string) => {
			const file = backupJson();
			file.stores[store]!.push({ ...file.stores[store]![0]! });
			return refused(file);
		};
		expect(twice('decks')).toMatchObject({ problem: 'duplicate', fault: { store: 'decks', field: 'id' } });
		expect(twice('cards').fault).toEqual({ store: 'cards', index: 10, field: 'id' });
	});

	it('leaves out cards, logs and attempts whose deck or card is missing, and says so in the preview', async () => {
		const file = backupJson();
		const orphan = { ...card(file), id: 'c-orphan', deckId: 'no-such-deck' };
		const log = { ...file.stores.reviewLogs![0]!, id: 'r-orphan', cardId: 'no-such-card' };
		const elsewhere = { ...file.stores.reviewLogs![0]!, id: 'r-other-deck', deckId: 'u-3f9a0c1d' };
		const attempt = { ...file.stores.quizAttempts![0]!, id: 'q-orphan', deckId: 'no-such-deck' };
		file.stores.cards!.push(orphan);
		file.stores.reviewLogs!.push(log, elsewhere);
		file.stores.quizAttempts!.push(attempt);

		const backup = parseBackup(JSON.stringify(file));
		expect(backup.notes.leftOut).toEqual({ cards: 1, reviewLogs: 2, quizAttempts: 1 });
		const preview = previewBackup(backup);
		expect(preview.counts).toMatchObject({ cards: 10, reviewLogs: 10, quizAttempts: 2 });

		await restoreBackup(backup, 'replace');
		const stored = await exportAllStores();
		for (const name of STORE_NAMES) expect(stored[name].length, name).toBe(preview.counts[name]);
	});

	it('drops keys it does not know, at any depth, and counts them for the preview', async () => {
		const file = backupJson();
		Object.assign(card(file), { colour: 'red' });
		Object.assign(card(file).srs, { retrievability: 0.9 });
		Object.assign(file.stores.decks![0]!, { theme: 'dark' });
		const text = JSON.stringify(file).replace('"theme":"dark"', '"theme":"dark","__proto__":{"x":1}');
		const backup = parseBackup(text);
		expect(backup.notes.unknownFields).toBe(4);
		expect(backup.stores.decks?.[0]).toEqual(latest.stores.decks[0]);
		await restoreBackup(backup, 'replace');
		const [stored] = (await exportAllStores()).cards;
		expect(stored).not.toHaveProperty('colour');
		expect(stored?.srs).not.toHaveProperty('retrievability');
		expect(stored).toEqual({ ...(latest.stores.cards[0] as object) });
	});
});

describe('every field the app writes survives a round trip', () => {
	it('a record of each store with every optional field set', async () => {
		const file = backupJson();
		const question = { kind: 'mcq', prompt: 'Which?', answer: 'A', choices: ['A', 'B'], evidence: 'A.' };
		Object.assign(file.stores.quizAttempts![0]!, {
			finishedAt: undefined,
			questions: [
				{ ...question, context: 'Before.', cardId: 'c-0b7e41a2' },
				...[1, 2, 3].map((i) => ({ ...question, cardId: `c${i}` }))
			],
			feedback: 'end',
			name: 'Ada'
		});
		Object.assign(card(file), {
			choices: ['a', 'b'],
			sibling: 's',
			kind: 'city',
			options: ['x', 'y', 'z'],
			context: 'Before.',
			suspended: true,
			priority: NOW
		});
		Object.assign(file.stores.decks![1]!, { source: 'niger.pdf' });
		const backup = parseBackup(JSON.stringify(file));
		expect(backup.notes).toEqual({ unknownFields: 0, leftOut: {} });
		expect(backup.stores).toEqual(JSON.parse(JSON.stringify(file.stores)));

		// Stored (suspended as 0/1, with its stage) and backed up again, every field comes back as it went in.
		await restoreBackup(backup, 'replace');
		const again = parseBackup((await exportBackup(NOW)).text);
		expect(again.notes).toEqual({ unknownFields: 0, leftOut: {} });
		expect(again.stores).toEqual(backup.stores);
	});
});
