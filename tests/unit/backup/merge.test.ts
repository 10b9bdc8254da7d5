import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, keepOnMerge, restoreBackup } from '../../../src/lib/backup/index.ts';
import { exportAllStores, replaceAllStores, type DatabaseDump } from '../../../src/lib/db/index.ts';
import { DAY, makeCard, makeDeck, makeLog, NOW, reviewed } from '../db/builders.ts';
import { resetDatabase } from '../db/fake-idb.ts';

beforeEach(resetDatabase);

const empty: DatabaseDump = {
	decks: [],
	cards: [],
	reviewLogs: [],
	quizAttempts: [],
	settings: [],
	sharedQuizzes: []
};

describe('keepOnMerge', () => {
	it('keeps the card reviewed last, then the one reviewed more often', () => {
		const older = reviewed('d', 'c', NOW);
		const later = { ...older, srs: { ...older.srs, lastReview: NOW, reps: 2 } };
		const fresh = makeCard('d', 'c');
		expect(keepOnMerge('cards', older, later)).toBe(later);
		expect(keepOnMerge('cards', later, older)).toBe(later);
		expect(keepOnMerge('cards', fresh, older)).toBe(older);
		expect(keepOnMerge('cards', older, { ...older })).toBe(older);
	});

	it('keeps the deck changed last, and the stored review log, quiz attempt and settings', () => {
		const deck = makeDeck('d');
		const renamed = { ...deck, title: 'New', updatedAt: deck.updatedAt + 1 };
		expect(keepOnMerge('decks', deck, renamed)).toBe(renamed);
		expect(keepOnMerge('decks', renamed, deck)).toBe(renamed);
		const log = makeLog(makeCard('d', 'c'), 'l');
		expect(keepOnMerge('reviewLogs', log, { ...log, rating: 1 })).toBe(log);
	});
});

describe('merging a backup', () => {
	it('keeps the newer state of each card and never duplicates a review log', async () => {
		const deck = makeDeck('d');
		const studiedHere = reviewed('d', 'a', NOW + 3 * DAY);
		const studiedThere = {
			...reviewed('d', 'b', NOW + 5 * DAY),
			srs: { ...reviewed('d', 'b', 0).srs, reps: 3, lastReview: NOW }
		};
		const logA = makeLog(studiedHere, 'log-a');
		const logB = makeLog(studiedThere, 'log-b');
		await replaceAllStores({
			...empty,
			decks: [deck],
			cards: [studiedHere, makeCard('d', 'b')],
			reviewLogs: [logA]
		});
		const backup = createBackup(
			{
				...empty,
				decks: [deck],
				cards: [makeCard('d', 'a'), studiedThere, makeCard('d', 'c')],
				reviewLogs: [logA, logB]
			},
			NOW
		);

		const counts = await restoreBackup(backup, 'merge');
		expect(counts).toEqual({
			decks: { added: 0, updated: 0, unchanged: 1 },
			cards: { added: 1, updated: 1, unchanged: 1 },
			reviewLogs: { added: 1, updated: 0, unchanged: 1 }
		});
		const after = await exportAllStores();
		expect(after.cards).toEqual([studiedHere, studiedThere, makeCard('d', 'c')]);
		expect(after.reviewLogs).toEqual([logA, logB]);

		// Merging the same file again changes nothing.
		await restoreBackup(backup, 'merge');
		expect(await exportAllStores()).toEqual(after);
	});
});
