import { DEFAULT_SETTINGS, toSettingsRecord } from './settings.ts';
import { STORE_NAMES, type StoreName, type StoreValue } from './schema.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';

/** Every record of every store, as stored. */
export type DatabaseDump = { [S in StoreName]: StoreValue<S>[] };

/** Reads every store in one transaction, so the dump is consistent (backups, migration tests). */
export function exportAllStores(): Promise<DatabaseDump> {
	return readTx(STORE_NAMES, async (tx) => {
		const entries = await Promise.all(
			STORE_NAMES.map(async (name) => [name, await tx.objectStore(name).getAll()] as const)
		);
		return Object.fromEntries(entries) as DatabaseDump;
	});
}

/** Empties every store; settings return to defaults, except that the default deck is not seeded again. */
export function deleteAllData(): Promise<void> {
	return writeTx(STORE_NAMES, async (tx) => {
		const settings = toSettingsRecord({ ...DEFAULT_SETTINGS, defaultDeckSeeded: true });
		await issueAll([
			...STORE_NAMES.map((name) => () => tx.objectStore(name).clear()),
			() => tx.objectStore('settings').put(settings)
		]);
	});
}
