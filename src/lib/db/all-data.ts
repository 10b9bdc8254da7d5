import { DEFAULT_SETTINGS, toSettingsRecord } from './settings.ts';
import { ALL_STORE_NAMES, STORE_NAMES, type StoreName, type StoreValue } from './schema.ts';
import { fromStoredCards, type StoredCard } from './stored-card.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';

/** Every record of every store that holds the person's data (derived stores left out), as the app sees them. */
export type DatabaseDump = { [S in StoreName]: StoreValue<S>[] };

/** Reads every store in one transaction, so the dump is consistent (backups, migration tests). */
export function exportAllStores(): Promise<DatabaseDump> {
	return readTx(STORE_NAMES, async (tx) => {
		const entries = await Promise.all(
			STORE_NAMES.map(async (name) => {
				const records = await tx.objectStore(name).getAll();
				return [name, name === 'cards' ? fromStoredCards(records as StoredCard[]) : records] as const;
			})
		);
		return Object.fromEntries(entries) as DatabaseDump;
	});
}

/** Empties every store; settings return to defaults, except that the default deck is not seeded again. */
export function deleteAllData(): Promise<void> {
	return writeTx(ALL_STORE_NAMES, async (tx) => {
		const settings = toSettingsRecord({ ...DEFAULT_SETTINGS, defaultDeckSeeded: true });
		await issueAll([
			...ALL_STORE_NAMES.map((name) => () => tx.objectStore(name).clear()),
			() => tx.objectStore('settings').put(settings)
		]);
	});
}
