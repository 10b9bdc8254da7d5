import { version } from '../../../package.json';
import type { StoreName, StoreValue } from '../db/index.ts';
import { DB_VERSION } from '../db/index.ts';

/** One backup file: every record of every store, as stored, with what made it. */
export const BACKUP_FORMAT = 'factdeck-backup';
/** Bump when the file layout (not the database schema) changes in a way older apps cannot read. */
export const BACKUP_FORMAT_VERSION = 1;
export const APP_VERSION: string = version;

/** Records per store; a backup from an older database version may lack stores added since. */
export type BackupStores = { [S in StoreName]?: StoreValue<S>[] };

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	formatVersion: number;
	appVersion: string;
	dbVersion: number;
	/** Epoch milliseconds. */
	exportedAt: number;
	stores: BackupStores;
}

export function createBackup(stores: BackupStores, now: number): BackupFile {
	return {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion: APP_VERSION,
		dbVersion: DB_VERSION,
		exportedAt: now,
		stores
	};
}

/** `factdeck-backup-2025-03-10.json`, in UTC so the name does not depend on the device's zone. */
export function backupFileName(now: number): string {
	return `factdeck-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
