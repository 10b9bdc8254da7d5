/** How a schema version rewrites old records: the database upgrade and the restore of an older backup share it. */
import type { Deck } from '../deck/model.ts';

/**
 * Version 3: a deck made by the generator records the generator's version, so that a deck made before answer kinds
 * can be regenerated. Decks from links or spreadsheets (no article text) were not made by the generator.
 */
export function upgradeDeck(deck: Deck, fromVersion: number): Deck {
	if (fromVersion >= 3 || deck.generatorVersion !== undefined) return deck;
	return deck.origin !== 'shared' && deck.text.trim() ? { ...deck, generatorVersion: 1 } : deck;
}
