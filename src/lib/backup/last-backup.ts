/** When this device last exported a backup, kept beside the database so restoring a backup does not change it. */
const KEY = 'factdeck:last-backup';

export function lastBackupAt(): number | null {
	const value = Number(globalThis.localStorage?.getItem(KEY) ?? NaN);
	return Number.isFinite(value) ? value : null;
}

export function rememberBackup(now: number): void {
	try {
		globalThis.localStorage?.setItem(KEY, String(now));
	} catch {
		// Storage full or blocked: the reminder may show again, nothing else depends on it.
	}
}
