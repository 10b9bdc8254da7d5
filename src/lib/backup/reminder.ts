export const REMIND_AFTER_REVIEWS = 50;
export const REMIND_AFTER_MS = 7 * 86_400_000;

export interface BackupState {
	/** null when the browser does not say. */
	persisted: boolean | null;
	/** Epoch ms of the last backup made on this device, null if never. */
	lastBackupAt: number | null;
	/** Reviews logged since the last backup (or ever). */
	reviewsSinceBackup: number;
	now: number;
}

/**
 * Remind to export when the browser may clear storage and there is progress to lose: many reviews since the
 * last backup, or any review in a week since it.
 */
export function shouldRemindBackup({
	persisted,
	lastBackupAt,
	reviewsSinceBackup,
	now
}: BackupState): boolean {
	if (persisted === true || reviewsSinceBackup === 0) return false;
	if (reviewsSinceBackup >= REMIND_AFTER_REVIEWS) return true;
	return lastBackupAt !== null && now - lastBackupAt >= REMIND_AFTER_MS;
}
