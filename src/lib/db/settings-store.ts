import { normalizeSettings, SETTINGS_KEY, toSettingsRecord, type Settings } from './settings.ts';
import { readTx, writeTx } from './transactions.ts';

export function getSettings(): Promise<Settings> {
	return readTx(['settings'], async (tx) =>
		normalizeSettings(await tx.objectStore('settings').get(SETTINGS_KEY))
	);
}

/** Applies `patch` and returns the settings as stored. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
	return writeTx(['settings'], async (tx) => {
		const store = tx.objectStore('settings');
		const settings = normalizeSettings({ ...(await store.get(SETTINGS_KEY)), ...patch });
		await store.put(toSettingsRecord(settings));
		return settings;
	});
}
