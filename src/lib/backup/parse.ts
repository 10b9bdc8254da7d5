import * as v from 'valibot';
import { DB_VERSION, STORE_NAMES, upgradeCard, upgradeDeck } from '../db/index.ts';
import { BackupError } from './errors.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from './format.ts';
import { backupSchema } from './schema.ts';

export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		// A cut-off backup still starts like one; anything else is some other file.
		throw new BackupError(text.trimStart().startsWith('{') ? 'damaged' : 'foreign', 'not JSON');
	}
}

/** Checks a backup's text completely before anything is written: format, versions, and every record. */
export function parseBackup(text: string): BackupFile {
	if (!text.trim()) throw new BackupError('empty');
	const data = parseJson(text);
	if (!isRecord(data) || data.format !== BACKUP_FORMAT) throw new BackupError('foreign');
	const { formatVersion, dbVersion, stores } = data;
	if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
		throw new BackupError('newer', `format version ${formatVersion}`);
	}
	if (typeof dbVersion === 'number' && dbVersion > DB_VERSION) {
		throw new BackupError('newer', `database version ${dbVersion}`);
	}
	const unknown = isRecord(stores)
		? Object.keys(stores).filter((name) => !STORE_NAMES.includes(name as never))
		: [];
	if (unknown.length) throw new BackupError('newer', `unknown stores ${unknown.join(', ')}`);

	const result = v.safeParse(backupSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		throw new BackupError('damaged', `${v.getDotPath(issue) ?? 'file'}: ${issue.message}`);
	}
	const backup = result.output as BackupFile;
	// A backup from an older schema gets the record rewrites the database upgrade would have made.
	const decks = backup.stores.decks?.map((deck) => upgradeDeck(deck, backup.dbVersion));
	const byId = new Map(decks?.map((deck) => [deck.id, deck]));
	const cards = backup.stores.cards?.map((card) =>
		upgradeCard(card, byId.get(card.deckId), backup.dbVersion)
	);
	return { ...backup, stores: { ...backup.stores, ...(decks && { decks }), ...(cards && { cards }) } };
}

/** Reads a chosen file; the size is checked before it is read into memory. */
export async function readBackupFile(file: Blob): Promise<BackupFile> {
	if (file.size === 0) throw new BackupError('empty');
	if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large');
	return parseBackup(await file.text());
}
