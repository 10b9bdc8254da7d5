import * as v from 'valibot';
import { DB_VERSION, upgradeCard, upgradeDeck, type StoreName } from '../db/index.ts';
import { BackupError, type BackupFault } from './errors.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from './format.ts';
import { checkReferences, droppedFields, isRecord, type LeftOut } from './references.ts';
import { backupSchema, RECORDS } from './schema.ts';

export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** What a restore of a checked backup leaves out, told in the preview. */
export interface BackupNotes {
	/** Fields this version does not know (made by a newer one, or edited by hand), dropped from the records. */
	unknownFields: number;
	/** Records per store whose deck or card is not in the backup: the app could never show them. */
	leftOut: LeftOut;
}

/** A backup checked completely: its stores hold exactly what a restore writes. */
export interface CheckedBackup extends BackupFile {
	notes: BackupNotes;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		// A cut-off backup still starts like one; anything else is some other file.
		throw new BackupError(text.trimStart().startsWith('{') ? 'damaged' : 'foreign', 'not JSON');
	}
}

/** Where the first issue is: `stores.cards.3.srs.due` is card 4, field `srs.due`. */
function faultOf(issue: v.BaseIssue<unknown>): BackupFault | undefined {
	const keys = issue.path?.map((item) => item.key) ?? [];
	if (keys[0] !== 'stores' || typeof keys[1] !== 'string' || typeof keys[2] !== 'number') return undefined;
	return { store: keys[1] as StoreName, index: keys[2], field: keys.slice(3).join('.') };
}

/**
 * Checks a backup's text completely before anything is written: format, versions, every field of every record
 * and the references between records.
 */
export function parseBackup(text: string): CheckedBackup {
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
	const unknown = isRecord(stores) ? Object.keys(stores).filter((name) => !Object.hasOwn(RECORDS, name)) : [];
	if (unknown.length) throw new BackupError('newer', `unknown stores ${unknown.join(', ')}`);

	const result = v.safeParse(backupSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		throw new BackupError('damaged', `${v.getDotPath(issue) ?? 'file'}: ${issue.message}`, faultOf(issue));
	}
	const backup = result.output as BackupFile;
	// A backup from an older schema gets the record rewrites the database upgrade would have made.
	const decks = backup.stores.decks?.map((deck) => upgradeDeck(deck, backup.dbVersion));
	const byId = new Map(decks?.map((deck) => [deck.id, deck]));
	const cards = backup.stores.cards?.map((card) =>
		upgradeCard(card, byId.get(card.deckId), backup.dbVersion)
	);
	const upgraded = { ...backup.stores, ...(decks && { decks }), ...(cards && { cards }) };
	const checked = checkReferences(upgraded, backup.exportedAt);
	const notes = { unknownFields: droppedFields(data, result.output), leftOut: checked.leftOut };
	return { ...backup, stores: checked.stores, notes };
}

/** Reads a chosen file; the size is checked before it is read into memory. */
export async function readBackupFile(file: Blob): Promise<CheckedBackup> {
	if (file.size === 0) throw new BackupError('empty');
	if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large');
	return parseBackup(await file.text());
}
