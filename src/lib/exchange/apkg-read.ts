import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { boundedUnzip, boundedZstd, UnpackError } from '../unpack/index.ts';
import { ExchangeError } from './errors.ts';
import { fieldToText, hasMedia } from './fields.ts';
import type { ParsedNotes } from './notes.ts';

interface NoteType {
	cloze: boolean;
}

/** Reads a protobuf varint at `at`: [value, next offset]. */
function varint(bytes: Uint8Array, at: number): [number, number] {
	let value = 0;
	let scale = 1;
	let i = at;
	while (i < bytes.length) {
		const byte = bytes[i++] as number;
		value += (byte & 0x7f) * scale;
		scale *= 128;
		if (byte < 0x80) break;
	}
	return [value, i];
}

/** `Notetype.Config.kind` (field 1: 0 normal, 1 cloze) from the protobuf blob of a schema 18 collection. */
export function notetypeKind(config: Uint8Array): number {
	let i = 0;
	while (i < config.length) {
		const [key, next] = varint(config, i);
		const [field, wire] = [Math.floor(key / 8), key % 8];
		if (wire === 0) {
			const [value, after] = varint(config, next);
			if (field === 1) return value;
			i = after;
		} else if (wire === 2) {
			const [length, after] = varint(config, next);
			i = after + length;
		} else if (wire === 1) i = next + 8;
		else if (wire === 5) i = next + 4;
		else break;
	}
	return 0;
}

function rows(db: Database, sql: string): SqlValue[][] {
	return db.exec(sql)[0]?.values ?? [];
}

function hasTable(db: Database, name: string): boolean {
	return rows(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${name}'`).length > 0;
}

/** Note types by id: the `notetypes` table (schema 18, collection.anki21b) or the `col.models` JSON. */
function noteTypes(db: Database): Map<string, NoteType> {
	if (hasTable(db, 'notetypes')) {
		return new Map(
			rows(db, 'SELECT id, config FROM notetypes').map(([id, config]) => [
				String(id),
				{ cloze: config instanceof Uint8Array && notetypeKind(config) === 1 }
			])
		);
	}
	const models = JSON.parse(String(rows(db, 'SELECT models FROM col')[0]?.[0] ?? '{}')) as Record<
		string,
		{ type?: number }
	>;
	return new Map(Object.entries(models).map(([id, model]) => [id, { cloze: model.type === 1 }]));
}

/** The name of the deck most cards are in ("::" between levels, as Anki shows it). */
function mainDeckName(db: Database): string | undefined {
	const did = rows(db, 'SELECT did FROM cards GROUP BY did ORDER BY count(*) DESC LIMIT 1')[0]?.[0];
	if (did === undefined) return undefined;
	if (hasTable(db, 'decks')) {
		const name = rows(db, `SELECT name FROM decks WHERE id = ${Number(did)}`)[0]?.[0];
		return name === undefined ? undefined : String(name).split('\x1f').join('::');
	}
	const decks = JSON.parse(String(rows(db, 'SELECT decks FROM col')[0]?.[0] ?? '{}')) as Record<
		string,
		{ name?: string }
	>;
	return decks[String(did)]?.name;
}

/**
 * The most a package's collection may unpack to. A 200,000-note collection is about 60 MB; more is a bomb (a 113 KB
 * file can expand to gigabytes), refused as soon as the count passes it.
 */
export const MAX_COLLECTION_BYTES = 256 * 1024 * 1024;

function unpacked<T>(unpack: () => T): T {
	try {
		return unpack();
	} catch (error) {
		if (!(error instanceof UnpackError)) throw error;
		if (error.problem === 'too-large') throw new ExchangeError('unpacked-too-large', error.message);
		throw new ExchangeError('malformed-apkg', error.message);
	}
}

/** The collection inside the package; current Anki writes a placeholder into the legacy file, so newest first. */
function collectionOf(bytes: Uint8Array, limit: number): Uint8Array {
	// Media files are not read: Factdeck keeps text only.
	const files = unpacked(() => boundedUnzip(bytes, (name) => name.startsWith('collection.'), limit));
	const current = files['collection.anki21b'];
	if (current) return unpacked(() => boundedZstd(current, limit));
	const legacy = files['collection.anki21'] ?? files['collection.anki2'];
	if (!legacy) throw new ExchangeError('malformed-apkg', 'no collection in the package');
	return legacy;
}

/** Reads the notes of an .apkg: Basic-like notes as front and back, Cloze notes as cloze text. */
export function readApkg(bytes: Uint8Array, SQL: SqlJsStatic, limit = MAX_COLLECTION_BYTES): ParsedNotes {
	const collection = collectionOf(bytes, limit);
	let db: Database | undefined;
	try {
		db = new SQL.Database(collection);
		const types = noteTypes(db);
		const parsed: ParsedNotes = { notes: [], skipped: {}, mediaRemoved: 0, extraFields: 0 };
		const deckName = mainDeckName(db);
		if (deckName) parsed.deckName = deckName;
		for (const [mid, flds] of rows(db, 'SELECT mid, flds FROM notes ORDER BY id')) {
			const type = types.get(String(mid));
			const fields = String(flds).split('\x1f');
			if (!type || (!type.cloze && fields.length < 2)) {
				parsed.skipped['note-type'] = (parsed.skipped['note-type'] ?? 0) + 1;
				continue;
			}
			const [front, back] = [fieldToText(fields[0] ?? ''), fieldToText(fields[1] ?? '')];
			if (front.media || back.media || fields.slice(2).some(hasMedia)) parsed.mediaRemoved++;
			if (fields.slice(2).some((f) => f.trim())) parsed.extraFields++;
			parsed.notes.push({ kind: type.cloze ? 'cloze' : 'basic', front: front.text, back: back.text });
		}
		return parsed;
	} catch (error) {
		if (error instanceof ExchangeError) throw error;
		throw new ExchangeError('malformed-apkg', String(error));
	} finally {
		db?.close();
	}
}
