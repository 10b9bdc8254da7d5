import type { Card, Deck } from '../deck/model.ts';
import { DECK_STORES, deckStores, writeDeck } from './decks.ts';
import { normalizeSettings, SETTINGS_KEY, toSettingsRecord } from './settings.ts';
import { getSettings } from './settings-store.ts';
import { writeTx } from './transactions.ts';

/**
 * Stores the default deck once per device, together with the flag that says so; a deck stored under its id stays. `load` runs outside the
 * transaction (IndexedDB transactions cannot wait for other work); the flag is checked again inside it,
 * so two tabs racing seed once.
 */
export async function seedDefaultDeck(load: () => Promise<{ deck: Deck; cards: Card[] }>): Promise<boolean> {
	if ((await getSettings()).defaultDeckSeeded) return false;
	const { deck, cards } = await load();
	return writeTx([...DECK_STORES, 'settings'], async (tx) => {
		const settingsStore = tx.objectStore('settings');
		const settings = normalizeSettings(await settingsStore.get(SETTINGS_KEY));
		if (settings.defaultDeckSeeded) return false;
		const stores = deckStores(tx);
		// A deck already there under that id (restored from a backup without the flag) keeps its progress.
		const fresh = (await stores.decks.getKey(deck.id)) === undefined;
		if (fresh) await writeDeck(stores, deck, cards);
		await settingsStore.put(toSettingsRecord({ ...settings, defaultDeckSeeded: true }));
		return fresh;
	});
}
