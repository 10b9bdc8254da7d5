import type { StoreName } from '../db/index.ts';
import type { BackupFile } from './format.ts';

/** What a backup holds, shown before the person chooses to merge or replace. */
export interface BackupPreview {
	exportedAt: number;
	appVersion: string;
	counts: Partial<Record<StoreName, number>>;
	deckTitles: string[];
}

export function previewBackup(backup: BackupFile): BackupPreview {
	const counts = Object.fromEntries(
		Object.entries(backup.stores).map(([name, records]) => [name, records.length])
	) as BackupPreview['counts'];
	const deckTitles = (backup.stores.decks ?? []).map((deck) => deck.title).sort((a, b) => a.localeCompare(b));
	return { exportedAt: backup.exportedAt, appVersion: backup.appVersion, counts, deckTitles };
}
