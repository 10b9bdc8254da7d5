import {
	exportAllStores,
	mergeIntoStores,
	replaceAllStores,
	type MergeCounts,
	type WriteProgress
} from '../db/index.ts';
import { backupFileName, createBackup, type BackupFile } from './format.ts';
import { keepOnMerge } from './merge.ts';
import { BACKUP_STORES } from './schema.ts';

/** The whole database as one backup file's name and text; stores derived from the others are left out. */
export async function exportBackup(now: number): Promise<{ fileName: string; text: string }> {
	const dump = await exportAllStores();
	const backup = createBackup(Object.fromEntries(BACKUP_STORES.map((name) => [name, dump[name]])), now);
	return { fileName: backupFileName(now), text: JSON.stringify(backup) };
}

/**
 * Restores a checked backup: merged into what is stored, or replacing all of it (`onProgress` follows the
 * writes); one transaction either way.
 */
export async function restoreBackup(backup: BackupFile, mode: 'merge'): Promise<MergeCounts>;
export async function restoreBackup(
	backup: BackupFile,
	mode: 'replace',
	onProgress?: WriteProgress
): Promise<void>;
export async function restoreBackup(
	backup: BackupFile,
	mode: 'merge' | 'replace',
	onProgress?: WriteProgress
): Promise<MergeCounts | void> {
	if (mode === 'replace') return replaceAllStores(backup.stores, onProgress);
	return mergeIntoStores(backup.stores, keepOnMerge);
}
