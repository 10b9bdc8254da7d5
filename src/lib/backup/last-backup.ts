/** When this device last exported a backup, kept beside the database so restoring a backup does not change it. */
import { readLocal, writeLocal } from '../storage/index.ts';

const KEY = 'factdeck:last-backup';

export function lastBackupAt(): number | null {
	const value = Number(readLocal(KEY) ?? NaN);
	return Number.isFinite(value) ? value : null;
}

/** Storage full or blocked: the reminder may show again, nothing else depends on it. */
export function rememberBackup(now: number): void {
	writeLocal(KEY, String(now));
}
