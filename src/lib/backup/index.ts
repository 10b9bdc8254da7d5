/** Backups of the whole database: one JSON file, checked completely before anything is written. */
export { exportBackup, restoreBackup } from './backup.service.ts';
export { BackupError, type BackupFault, type BackupProblem } from './errors.ts';
export {
	APP_VERSION,
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	backupFileName,
	createBackup,
	type BackupFile,
	type BackupStores
} from './format.ts';
export { keepOnMerge } from './merge.ts';
export {
	MAX_BACKUP_BYTES,
	parseBackup,
	readBackupFile,
	type BackupNotes,
	type CheckedBackup
} from './parse.ts';
export { previewBackup, type BackupPreview } from './preview.ts';
export { REMIND_AFTER_MS, REMIND_AFTER_REVIEWS, shouldRemindBackup, type BackupState } from './reminder.ts';
