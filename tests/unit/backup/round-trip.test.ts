import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	BackupError,
	exportBackup,
	MAX_BACKUP_BYTES,
	parseBackup,
	readBackupFile,
	previewBackup,
	restoreBackup
} from '../../../src/lib/backup/index.ts';
import {
	deleteAllData,
	exportAllStores,
	listReviewDays,
	replaceAllStores,
	saveDeck,
	STORE_NAMES,
	updateSettings,
	type DatabaseDump
} from '../../../src/lib/db/index.ts';
import { DAY, makeAttempt, makeCard, makeDeck, makeLog, NOW, reviewed } from '../db/builders.ts';
import { createDatabaseAt } from '../db/database-at.ts';
import { stableId } from '../../../src/lib/generate/hash.ts';
import { resetDatabase } from '../db/fake-idb.ts';
import latest from '../../fixtures/db/v4.json' with { type: 'json' };

beforeEach(resetDatabase);

/** A database with something in every store. */
async function fill(): Promise<DatabaseDump> {
	await createDatabaseAt(latest);
	const card = reviewed('extra', 'x1', NOW + DAY);
	await saveDeck(makeDeck('extra', { subtitle: 'Sub' }), [card, makeCard('extra', 'x2')]);
	await updateSettings({ textSize: 'large' });
	const dump = await exportAllStores();
	// A quiz under way has no finishedAt yet.
	const { finishedAt: _, ...unfinished } = makeAttempt('extra', 'quiz-open', [card]);
	await replaceAllStores({
		...dump,
		reviewLogs: [...dump.reviewLogs, makeLog(card, 'log-x1')],
		quizAttempts: [...dump.quizAttempts, makeAttempt('extra', 'quiz-x', [card]), unfinished]
	});
	return exportAllStores();
}

describe('backup round trip', () => {
	it('export, delete all data, restore gives back every store exactly', async () => {
		const before = await fill();
		for (const name of STORE_NAMES) expect(before[name].length, name).toBeGreaterThan(0);
		const { text, fileName } = await exportBackup(NOW);
		expect(fileName).toBe('factdeck-backup-2025-03-10.json');

		await deleteAllData();
		await restoreBackup(parseBackup(text), 'replace');
		expect(await exportAllStores()).toEqual(before);
	});

	it('restoring by merge into an empty database gives back every record too', async () => {
		const before = await fill();
		const { text } = await exportBackup(NOW);
		await deleteAllData();
		await restoreBackup(parseBackup(text), 'merge');
		const after = await exportAllStores();
		// The emptied database keeps its own settings on a merge.
		expect({ ...after, settings: before.settings }).toEqual(before);
	});

	it('leaves the day summaries out (derived, boolean suspended) and a restore rebuilds them from the reviews', async () => {
		await fill();
		const days = await listReviewDays(undefined);
		expect(days.length).toBeGreaterThan(0);
		const { text } = await exportBackup(NOW);
		const file = JSON.parse(text) as { stores: Record<string, { suspended?: unknown }[]> };
		expect(Object.keys(file.stores)).not.toContain('reviewDays');
		expect(new Set(file.stores.cards!.map((card) => typeof card.suspended))).toEqual(new Set(['boolean']));
		expect(file.stores.cards!.some((card) => card.suspended === true)).toBe(true);

		for (const mode of ['replace', 'merge'] as const) {
			await deleteAllData();
			expect(await listReviewDays(undefined)).toEqual([]);
			const backup = parseBackup(text);
			await (mode === 'replace' ? restoreBackup(backup, mode) : restoreBackup(backup, mode));
			expect(await listReviewDays(undefined), mode).toEqual(days);
		}
	});

	it('previews counts per store and the deck titles', async () => {
		const before = await fill();
		const preview = previewBackup(parseBackup((await exportBackup(NOW)).text));
		expect(preview.exportedAt).toBe(NOW);
		expect(preview.counts).toEqual(
			Object.fromEntries(STORE_NAMES.map((name) => [name, before[name].length]))
		);
		expect(preview.deckTitles).toEqual(
			before.decks.map((deck) => deck.title).sort((a, b) => a.localeCompare(b))
		);
	});
});

describe('a backup from an older database version', () => {
	it('gets the record rewrites of the versions since (decks made by the generator: version 1)', async () => {
		await createDatabaseAt(latest);
		const { text } = await exportBackup(NOW);
		const old = JSON.parse(text) as { dbVersion: number; stores: { decks: Record<string, unknown>[] } };
		old.dbVersion = 2;
		for (const deck of old.stores.decks) delete deck.generatorVersion;
		const restored = parseBackup(JSON.stringify(old)).stores.decks ?? [];
		expect(restored.map((deck) => deck.generatorVersion)).toEqual(restored.map(() => 1));
	});

	it('marks the cards still as the generator made them, as the database upgrade does', async () => {
		const deck = makeDeck('d1');
		const made = makeCard('d1', 'x');
		const card = { ...made, id: stableId('d1', made.type, made.evidence, made.answer) };
		await saveDeck(deck, [card, makeCard('d1', 'hand-made')]);
		const old = JSON.parse((await exportBackup(NOW)).text) as { dbVersion: number };
		old.dbVersion = 2;
		const restored = parseBackup(JSON.stringify(old)).stores.cards ?? [];
		expect(restored.map((c) => [c.id, c.generated])).toEqual([
			[card.id, true],
			['hand-made', undefined]
		]);
	});
});

describe('a backup that cannot be used leaves the database as it was', () => {
	async function refused(text: string): Promise<BackupError> {
		try {
			parseBackup(text);
		} catch (error) {
			if (error instanceof BackupError) return error;
			throw error;
		}
		throw new Error('accepted');
	}

	it('refuses truncated, foreign, empty and damaged files with the reason', async () => {
		await fill();
		const { text } = await exportBackup(NOW);
		const backup = JSON.parse(text) as { stores: { cards: { srs: { due: unknown } }[] } };
		(backup.stores.cards[0] as { srs: { due: unknown } }).srs.due = 'tomorrow';

		expect((await refused(text.slice(0, text.length / 2))).problem).toBe('damaged');
		expect((await refused('name,answer\nx,y')).problem).toBe('foreign');
		expect((await refused('{"hello": 1}')).problem).toBe('foreign');
		expect((await refused('  ')).problem).toBe('empty');
		const damaged = await refused(JSON.stringify(backup));
		expect(damaged.problem).toBe('damaged');
		expect(damaged.message).toContain('stores.cards.0.srs.due');
	});

	it('refuses a backup made by a newer version: newer database, format or unknown store', async () => {
		await fill();
		const backup = JSON.parse((await exportBackup(NOW)).text) as Record<string, unknown>;
		const newer = [
			{ ...backup, dbVersion: 99 },
			{ ...backup, formatVersion: 2 },
			{ ...backup, stores: { ...(backup.stores as object), flashcardsOfTheFuture: [] } }
		];
		for (const file of newer) expect((await refused(JSON.stringify(file))).problem).toBe('newer');
	});

	it('rolls back a restore that fails part way, keeping every record', async () => {
		const before = await fill();
		const { text } = await exportBackup(NOW);
		const backup = parseBackup(text);
		// A record without its key fails inside the transaction, after the stores were cleared.
		const broken = { ...backup.stores, cards: [...(backup.stores.cards ?? []), { prompt: 'no id' }] };
		await expect(restoreBackup({ ...backup, stores: broken as never }, 'replace')).rejects.toThrow();
		expect(await exportAllStores()).toEqual(before);
	});
});

describe('readBackupFile', () => {
	it('refuses a file over 200 MB before reading it, and an empty file', async () => {
		const huge = {
			size: MAX_BACKUP_BYTES + 1,
			text: () => Promise.reject(new Error('read'))
		} as unknown as Blob;
		await expect(readBackupFile(huge)).rejects.toMatchObject({ problem: 'too-large' });
		await expect(readBackupFile(new Blob([]))).rejects.toMatchObject({ problem: 'empty' });
	});
});
