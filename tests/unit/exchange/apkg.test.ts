import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardContent } from '../../../src/lib/deck/model.ts';
import { ExchangeError, notesToCards, readApkg, writeApkg } from '../../../src/lib/exchange/index.ts';
import { notetypeKind } from '../../../src/lib/exchange/apkg-read.ts';
import { sqlite } from './sql.ts';
import { zipBomb, zstdRleBomb } from '../unpack/bombs.ts';
import { zstdRawFrame } from './zstd-frame.ts';

const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);
let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await sqlite();
});

const cards: CardContent[] = [
	{ id: 'a', type: 'qa', prompt: 'Where does the Niger rise?', answer: 'Guinea', evidence: '' },
	{
		id: 'b',
		type: 'cloze',
		prompt: 'The Niger rises in _____.',
		answer: 'Guinea',
		evidence: 'The Niger rises in Guinea.'
	},
	{ id: 'c', type: 'short', prompt: 'Is 1 < 2 & 3 > 2?', answer: 'Yes\nboth', evidence: '' }
];

function query(collection: Uint8Array, sql: string): unknown[][] {
	const db = new SQL.Database(collection);
	try {
		return db.exec(sql)[0]?.values ?? [];
	} finally {
		db.close();
	}
}

/** Changes the collection inside a package with SQL, as a hand-made deck would differ. */
function rewrite(apkg: Uint8Array, sql: string, name = 'collection.anki2'): Uint8Array {
	const files = unzipSync(apkg);
	const db = new SQL.Database(files['collection.anki2']);
	db.exec(sql);
	const collection = db.export();
	db.close();
	return zipSync({ [name]: collection, media: strToU8('{}') });
}

function problemOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ExchangeError) return error.problem;
		throw error;
	}
	return 'accepted';
}

describe('.apkg export (legacy collection.anki2, schema 11)', () => {
	it('writes the tables, models, deck, notes and checksums Anki expects, and an empty media map', async () => {
		const apkg = await writeApkg({ id: 'rivers', title: 'Rivers' }, cards, SQL, NOW);
		const files = unzipSync(apkg);
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(strFromU8(files.media as Uint8Array)).toBe('{}');
		const collection = files['collection.anki2'] as Uint8Array;

		const tables = query(
			collection,
			"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
		).flat();
		expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
		const [[ver, models, decks]] = query(collection, 'SELECT ver, models, decks FROM col') as [
			[number, string, string]
		];
		expect(ver).toBe(11);
		const types = Object.values(
			JSON.parse(models) as Record<string, { name: string; type: number; flds: { name: string }[] }>
		);
		expect(types.map((m) => [m.name, m.type, m.flds.map((f) => f.name)])).toEqual([
			['Factdeck Basic', 0, ['Front', 'Back']],
			['Factdeck Cloze', 1, ['Text', 'Back Extra']]
		]);
		expect(Object.values(JSON.parse(decks) as Record<string, { name: string }>).map((d) => d.name)).toEqual([
			'Default',
			'Rivers'
		]);

		const notes = query(collection, 'SELECT flds, sfld, csum FROM notes ORDER BY id') as [
			string,
			string,
			number
		][];
		expect(notes.map(([flds]) => flds.split('\x1f'))).toEqual([
			['Where does the Niger rise?', 'Guinea'],
			['The Niger rises in {{c1::Guinea}}.', ''],
			['Is 1 &lt; 2 &amp; 3 &gt; 2?', 'Yes<br>both']
		]);
		for (const [, sfld, csum] of notes) {
			expect(csum).toBe(parseInt(createHash('sha1').update(sfld).digest('hex').slice(0, 8), 16));
		}
		const cardRows = query(collection, 'SELECT ord, type, queue, due FROM cards ORDER BY id');
		expect(cardRows).toEqual([
			[0, 0, 0, 1],
			[0, 0, 0, 2],
			[0, 0, 0, 3]
		]);
	});

	it('round-trips: the package it wrote reads back as the same cards', async () => {
		const parsed = readApkg(await writeApkg({ id: 'rivers', title: 'Rivers' }, cards, SQL, NOW), SQL);
		expect(parsed.deckName).toBe('Rivers');
		const back = notesToCards(parsed, 'deck').cards.map(({ type, prompt, answer }) => ({
			type,
			prompt,
			answer
		}));
		expect(back).toEqual([
			{ type: 'qa', prompt: 'Where does the Niger rise?', answer: 'Guinea' },
			{ type: 'cloze', prompt: 'The Niger rises in _____.', answer: 'Guinea' },
			{ type: 'qa', prompt: 'Is 1 < 2 & 3 > 2?', answer: 'Yes\nboth' }
		]);
	});
});

describe('.apkg import', () => {
	it('strips HTML keeping line breaks, leaves out sounds and images, skips unknown note types', async () => {
		const apkg = rewrite(
			await writeApkg({ id: 'rivers', title: 'Rivers' }, cards.slice(0, 2), SQL, NOW),
			`UPDATE notes SET flds = '<div><b>Capital</b> of Niger?</div><div>(city)</div>' || char(31) ||
			   'Niamey [sound:niamey.mp3]<img src="map.png">' || char(31) || 'extra field' WHERE id = ${NOW};
			 UPDATE notes SET mid = 42 WHERE id = ${NOW + 1};`
		);
		const parsed = readApkg(apkg, SQL);
		expect(parsed.notes).toEqual([{ kind: 'basic', front: 'Capital of Niger?\n(city)', back: 'Niamey' }]);
		expect(parsed.skipped).toEqual({ 'note-type': 1 });
		expect(parsed.mediaRemoved).toBe(1);
		expect(parsed.extraFields).toBe(1);
	});

	it('reads collection.anki21 when there is no collection.anki2', async () => {
		const apkg = rewrite(
			await writeApkg({ id: 'r', title: 'R' }, cards.slice(0, 1), SQL, NOW),
			'SELECT 1',
			'collection.anki21'
		);
		expect(readApkg(apkg, SQL).notes).toEqual([
			{ kind: 'basic', front: 'Where does the Niger rise?', back: 'Guinea' }
		]);
	});

	it('prefers collection.anki21b (zstd, schema 18) over the placeholder note in the legacy file', async () => {
		const legacy = unzipSync(
			rewrite(
				await writeApkg({ id: 'r', title: 'R' }, cards.slice(0, 1), SQL, NOW),
				"UPDATE notes SET flds = 'Please update to the latest Anki version, then import the .colpkg/.apkg file again.' || char(31) || ''"
			)
		)['collection.anki2'] as Uint8Array;

		const db = new SQL.Database();
		db.exec(`
			CREATE TABLE col (id integer primary key, models text, decks text);
			INSERT INTO col VALUES (1, '', '');
			CREATE TABLE notetypes (id integer primary key, name text, mtime_secs integer, usn integer, config blob);
			CREATE TABLE fields (ntid integer, ord integer, name text, config blob);
			CREATE TABLE decks (id integer primary key, name text);
			CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text,
			  flds text, sfld text, csum integer, flags integer, data text);
			CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer);
			INSERT INTO decks VALUES (1, 'Default'), (7, 'Geography' || char(31) || 'Africa');
			INSERT INTO notes VALUES (1, 'g1', 100, 0, 0, '', 'Capital of Niger?' || char(31) || 'Niamey', '', 0, 0, '');
			INSERT INTO notes VALUES (2, 'g2', 200, 0, 0, '', '{{c1::Bamako}} is the capital of Mali.' || char(31) || '', '', 0, 0, '');
			INSERT INTO cards VALUES (1, 1, 7, 0), (2, 2, 7, 0);
		`);
		// Notetype.Config: the normal kind is the default (left out); cloze is field 1 = 1, before the css string.
		db.run('INSERT INTO notetypes VALUES (100, ?, 0, 0, ?), (200, ?, 0, 0, ?)', [
			'Basic',
			new Uint8Array([0x1a, 0x02, 0x2e, 0x61]),
			'Cloze',
			new Uint8Array([0x08, 0x01, 0x1a, 0x02, 0x2e, 0x61])
		]);
		const current = db.export();
		db.close();

		const apkg = zipSync({
			'collection.anki2': legacy,
			'collection.anki21b': zstdRawFrame(current),
			media: zstdRawFrame(new Uint8Array())
		});
		const parsed = readApkg(apkg, SQL);
		expect(parsed.deckName).toBe('Geography::Africa');
		expect(parsed.notes).toEqual([
			{ kind: 'basic', front: 'Capital of Niger?', back: 'Niamey' },
			{ kind: 'cloze', front: '{{c1::Bamako}} is the capital of Mali.', back: '' }
		]);
	});

	it('reads the note kind from a notetype config with a large varint before it', () => {
		expect(notetypeKind(new Uint8Array([0x10, 0xff, 0xff, 0x03, 0x08, 0x01]))).toBe(1);
		expect(notetypeKind(new Uint8Array([]))).toBe(0);
	});

	it('refuses a file that is not a zip, a zip without a collection, and a damaged collection', () => {
		expect(problemOf(() => readApkg(strToU8('not a zip at all'), SQL))).toBe('malformed-apkg');
		expect(problemOf(() => readApkg(zipSync({ media: strToU8('{}') }), SQL))).toBe('malformed-apkg');
		expect(problemOf(() => readApkg(zipSync({ 'collection.anki2': strToU8('garbage') }), SQL))).toBe(
			'malformed-apkg'
		);
		expect(problemOf(() => readApkg(zipSync({ 'collection.anki21b': strToU8('garbage') }), SQL))).toBe(
			'malformed-apkg'
		);
	});

	// A 113 KB .apkg whose collection.anki21b expands to 3.5 GiB froze the page for 25 s before its message.
	it('refuses a zstd bomb at once: collection.anki21b declaring 1 KB and expanding to 3.5 GiB', () => {
		const bomb = zipSync({ 'collection.anki21b': zstdRleBomb(3.5 * 1024 ** 3, 1_000), media: strToU8('{}') });
		expect(bomb.length).toBeLessThan(120_000);
		const start = performance.now();
		expect(problemOf(() => readApkg(bomb, SQL))).toBe('unpacked-too-large');
		expect(performance.now() - start).toBeLessThan(2_000);
	});

	it('refuses a deflate bomb whose zip headers declare a small size', () => {
		const bomb = zipBomb('collection.anki2', 1024 ** 3, 1_000);
		expect(problemOf(() => readApkg(bomb, SQL, 32 * 1024 * 1024))).toBe('unpacked-too-large');
	});
});
