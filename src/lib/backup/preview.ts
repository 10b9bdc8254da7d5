import type { StoreName } from '../db/index.ts';
import type { BackupFile } from './format.ts';
import type { BackupNotes } from './parse.ts';

/** What a backup holds, shown before the person chooses to merge or replace: exactly what a restore writes. */
export interface BackupPreview {
	exportedAt: number;
	appVersion: string;
	counts: Partial<Record<StoreName, number>>;
	deckTitles: string[];
	notes: BackupNotes;
}

const NO_NOTES: BackupNotes = { unknownFields: 0, leftOut: {} };

export function previewBackup(backup: BackupFile & { notes?: BackupNotes }): BackupPreview {
	const counts = Object.fromEntries(
		Object.entries(backup.stores).map(([name, records]) => [name, records.length])
	) as BackupPreview['counts'];
	const deckTitles = (backup.stores.decks ?? []).map((deck) => deck.title).sort((a, b) => a.localeCompare(b));
	return {
		exportedAt: backup.exportedAt,
		appVersion: backup.appVersion,
		counts,
		deckTitles,
		notes: backup.notes ?? NO_NOTES
	};
}
