import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { CardContent } from '../deck/model.ts';
import { cyrb53 } from '../generate/hash.ts';
import {
	BASIC_MODEL_ID,
	CLOZE_MODEL_ID,
	COLLECTION_SCHEMA,
	confJson,
	DCONF_JSON,
	decksJson,
	modelsJson
} from './apkg-schema.ts';
import { textToField } from './fields.ts';
import { cardToNote } from './notes.ts';
import { FACTDECK_TAG } from './text-export.ts';

const DAY_SECONDS = 86_400;

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the note's first field, as a number. */
export async function fieldChecksum(text: string): Promise<number> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)));
	return (
		(digest[0] as number) * 2 ** 24 +
		((digest[1] as number) << 16) +
		((digest[2] as number) << 8) +
		(digest[3] as number)
	);
}

/** A note id Anki keeps across imports, from the deck and card ids. */
function guidOf(deckId: string, cardId: string): string {
	return `fd${cyrb53(`${deckId}\u0000${cardId}`).toString(36)}`;
}

/**
 * A deck as an .apkg in the legacy layout (collection.anki2, schema 11), which every Anki version imports.
 * Cards go in as new cards; Factdeck's scheduling is not carried over.
 */
export async function writeApkg(
	deck: { id: string; title: string },
	cards: CardContent[],
	SQL: SqlJsStatic,
	now: number
): Promise<Uint8Array> {
	const seconds = Math.floor(now / 1000);
	const ankiDeckId = now;
	const db = new SQL.Database();
	try {
		db.exec(COLLECTION_SCHEMA);
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			seconds - (seconds % DAY_SECONDS),
			now,
			now,
			confJson(ankiDeckId),
			modelsJson(ankiDeckId),
			decksJson(ankiDeckId, deck.title, seconds),
			DCONF_JSON,
			'{}'
		]);
		const noteInsert = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
		const cardInsert = db.prepare(
			'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)'
		);
		for (const [i, card] of cards.entries()) {
			const note = cardToNote(card);
			const sortField = note.front.replace(/\n/g, ' ');
			const tags = ` ${FACTDECK_TAG} ${FACTDECK_TAG}::${card.type} `;
			const fields = [note.front, note.back].map(textToField).join('\x1f');
			noteInsert.run([
				now + i,
				guidOf(deck.id, card.id),
				note.kind === 'cloze' ? CLOZE_MODEL_ID : BASIC_MODEL_ID,
				seconds,
				tags,
				fields,
				sortField,
				await fieldChecksum(sortField),
				''
			]);
			cardInsert.run([now + i, now + i, ankiDeckId, seconds, i + 1, '']);
		}
		noteInsert.free();
		cardInsert.free();
		const collection = db.export();
		return zipSync({ 'collection.anki2': collection, media: strToU8('{}') });
	} finally {
		db.close();
	}
}
