import { describe, expect, it } from 'vitest';
import { REMIND_AFTER_MS, shouldRemindBackup } from '../../../src/lib/backup/index.ts';

const now = Date.UTC(2025, 2, 10);
const base = { persisted: false, lastBackupAt: null, reviewsSinceBackup: 0, now };

describe('shouldRemindBackup', () => {
	it('reminds after 50 reviews, or a week after the last backup with reviews since', () => {
		expect(shouldRemindBackup({ ...base, reviewsSinceBackup: 50 })).toBe(true);
		expect(shouldRemindBackup({ ...base, reviewsSinceBackup: 49 })).toBe(false);
		expect(shouldRemindBackup({ ...base, reviewsSinceBackup: 1, lastBackupAt: now - REMIND_AFTER_MS })).toBe(
			true
		);
		expect(shouldRemindBackup({ ...base, reviewsSinceBackup: 1, lastBackupAt: now - 1000 })).toBe(false);
	});

	it('does not remind when storage is persistent or nothing was studied', () => {
		expect(shouldRemindBackup({ ...base, persisted: true, reviewsSinceBackup: 500 })).toBe(false);
		expect(shouldRemindBackup({ ...base, lastBackupAt: now - 30 * REMIND_AFTER_MS })).toBe(false);
		expect(shouldRemindBackup({ ...base, persisted: null, reviewsSinceBackup: 50 })).toBe(true);
	});
});
