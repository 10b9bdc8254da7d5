import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAllStores, listCards, saveDeck } from '../../../src/lib/db/index.ts';
import { exportDeckFile, importExchangeFile } from '../../../src/lib/exchange/exchange.service.ts';
import { makeCard, makeDeck, NOW } from '../db/builders.ts';
import { resetDatabase } from '../db/fake-idb.ts';

beforeEach(resetDatabase);

const csv = (text: string, name = 'capitals.csv') => new File([text], name, { type: 'text/csv' });

describe('importExchangeFile', () => {
	it('makes a new deck named after the file, with one new card a row', async () => {
		const result = await importExchangeFile(
			csv('Front,Back\nCapital of Niger?,Niamey\nCapital of Mali?,Bamako\n'),
			{ kind: 'new' },
			NOW
		);
		expect(result).toMatchObject({ deckTitle: 'capitals', added: 2, skipped: {}, mediaRemoved: 0 });
		const cards = await listCards(result.deckId);
		expect(cards.map((card) => [card.prompt, card.answer, card.srs.reps])).toEqual(
			expect.arrayContaining([
				['Capital of Niger?', 'Niamey', 0],
				['Capital of Mali?', 'Bamako', 0]
			])
		);
	});

	it('adds to an existing deck only the cards it does not have yet', async () => {
		await saveDeck(makeDeck('d'), [makeCard('d', 'kept')]);
		const file = () => csv('Capital of Niger?,Niamey\n');
		const first = await importExchangeFile(file(), { kind: 'existing', deckId: 'd' }, NOW);
		const again = await importExchangeFile(file(), { kind: 'existing', deckId: 'd' }, NOW);
		expect([first.added, again.added, again.skipped]).toEqual([1, 0, { duplicate: 1 }]);
		expect((await listCards('d')).map((card) => card.id)).toHaveLength(2);
	});

	it('imports nothing from a file with broken quoting, an empty file or another kind of file', async () => {
		const before = await exportAllStores();
		await expect(importExchangeFile(csv('a,b\n"open,c\n'), { kind: 'new' }, NOW)).rejects.toMatchObject({
			problem: 'bad-quoting'
		});
		await expect(importExchangeFile(csv(''), { kind: 'new' }, NOW)).rejects.toMatchObject({
			problem: 'empty'
		});
		await expect(importExchangeFile(csv('x', 'notes.docx'), { kind: 'new' }, NOW)).rejects.toMatchObject({
			problem: 'unsupported'
		});
		await expect(
			importExchangeFile(csv('\u0000\u0001binary', 'data.csv'), { kind: 'new' }, NOW)
		).rejects.toMatchObject({ problem: 'binary' });
		expect(await exportAllStores()).toEqual(before);
	});
});

describe('exportDeckFile', () => {
	it('names the file after the deck and writes Anki text or CSV', async () => {
		await saveDeck(makeDeck('d', { title: 'Rivers: of “Africa”' }), [makeCard('d', 'c1')]);
		const text = await exportDeckFile('d', 'anki-text', NOW);
		expect(text.fileName).toBe('Rivers-of-Africa.txt');
		expect(String(text.data)).toContain('Basic\tRivers: of “Africa”\tQuestion c1?\tAnswer c1\tfactdeck::qa');
		const spreadsheet = await exportDeckFile('d', 'csv', NOW);
		expect([spreadsheet.fileName, spreadsheet.type]).toEqual(['Rivers-of-Africa.csv', 'text/csv']);
	});
});
