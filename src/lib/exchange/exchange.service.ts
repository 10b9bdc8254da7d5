/** Importing and exporting decks; runs in the exchange worker (the SQLite .wasm is fetched by URL). */
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { toCard } from '../deck/cards.ts';
import type { Deck } from '../deck/model.ts';
import { addCardsToDeck, getDeck, listCards, NotFoundError, saveDeck } from '../db/index.ts';
import { readApkg } from './apkg-read.ts';
import { writeApkg } from './apkg-write.ts';
import { ExchangeError } from './errors.ts';
import { decodeText, fileNameFor, readExchangeFile } from './files.ts';
import { notesToCards, type ParsedNotes } from './notes.ts';
import { loadSqlite } from './sqlite.ts';
import { normalizeText } from '../text/normalize.ts';
import { toAnkiText, toCsv } from './text-export.ts';
import { parseTable } from './text-import.ts';

export type ImportTarget = { kind: 'new' } | { kind: 'existing'; deckId: string };

export interface ImportResult {
	deckId: string;
	deckTitle: string;
	added: number;
	skipped: ParsedNotes['skipped'];
	mediaRemoved: number;
	extraFields: number;
}

async function parseFile(file: File): Promise<ParsedNotes> {
	const { kind, bytes } = await readExchangeFile(file);
	if (kind === 'apkg') return readApkg(bytes, await loadSqlite(wasmUrl));
	return parseTable(decodeText(bytes), kind);
}

/** Reads the whole file first; the cards are then stored in one transaction, or not at all. */
export async function importExchangeFile(
	file: File,
	target: ImportTarget,
	now: number
): Promise<ImportResult> {
	const parsed = await parseFile(file);
	if (!parsed.notes.length) throw new ExchangeError('no-notes');
	const report = { mediaRemoved: parsed.mediaRemoved, extraFields: parsed.extraFields };
	if (target.kind === 'existing') {
		const deck = await getDeck(target.deckId);
		const existing = new Set((await listCards(target.deckId)).map((card) => card.id));
		const { cards, skipped } = notesToCards(parsed, target.deckId, existing);
		if (!deck) throw new NotFoundError(`No deck ${target.deckId}.`);
		const stored = cards.map((content) => toCard(content, target.deckId, now));
		const added = await addCardsToDeck(target.deckId, stored, now);
		return { deckId: deck.id, deckTitle: deck.title, added, skipped, ...report };
	}
	const id = crypto.randomUUID();
	const { cards, skipped } = notesToCards(parsed, id);
	if (!cards.length) throw new ExchangeError('no-notes');
	const title = normalizeText(parsed.deckName ?? file.name.replace(/\.[^.]+$/, ''));
	const deck: Deck = { id, title, blocks: [], text: '', origin: 'user', createdAt: now, updatedAt: now };
	await saveDeck(
		deck,
		cards.map((content) => toCard(content, id, now))
	);
	return { deckId: id, deckTitle: title, added: cards.length, skipped, ...report };
}

export type ExportFormat = 'anki-text' | 'csv' | 'apkg';

export interface ExportedFile {
	fileName: string;
	data: string | Uint8Array<ArrayBuffer>;
	type: string;
}

/** A deck as a file to save: Anki text, CSV or an Anki package. */
export async function exportDeckFile(
	deckId: string,
	format: ExportFormat,
	now: number
): Promise<ExportedFile> {
	const deck = await getDeck(deckId);
	if (!deck) throw new NotFoundError(`No deck ${deckId}.`);
	const cards = await listCards(deckId);
	if (format === 'anki-text') {
		return {
			fileName: fileNameFor(deck.title, 'txt'),
			data: toAnkiText(deck.title, cards),
			type: 'text/plain'
		};
	}
	if (format === 'csv')
		return { fileName: fileNameFor(deck.title, 'csv'), data: toCsv(cards), type: 'text/csv' };
	const apkg = await writeApkg(deck, cards, await loadSqlite(wasmUrl), now);
	return {
		fileName: fileNameFor(deck.title, 'apkg'),
		data: apkg as Uint8Array<ArrayBuffer>,
		type: 'application/octet-stream'
	};
}
