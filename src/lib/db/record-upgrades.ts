/** How a schema version rewrites old records: the database upgrade and the restore of an older backup share it. */
import type { Card, Deck } from '../deck/model.ts';
// A leaf module with no imports: how the generator has always made card ids.
import { stableId } from '../generate/hash.ts';

/**
 * Version 3: a deck made by the generator records the generator's version, so that a deck made before answer kinds
 * can be regenerated. Decks from links or spreadsheets (no article text) were not made by the generator.
 */
export function upgradeDeck(deck: Deck, fromVersion: number): Deck {
	if (fromVersion >= 3 || deck.generatorVersion !== undefined) return deck;
	return deck.origin !== 'shared' && deck.text.trim() ? { ...deck, generatorVersion: 1 } : deck;
}

/**
 * Version 3: a card still as the generator made it is marked `generated` (regenerating may reword or retire it).
 * Generator version 1 gave a card the id stableId(deck, type, evidence, answer) and edits kept the id, so a card whose
 * id no longer fits its content was edited; hand-made and imported cards have other ids. (An edit of the wording
 * alone left the id fitting: such a card counts as the generator's.) `deck` is the card's deck, already upgraded.
 */
export function upgradeCard(card: Card, deck: Deck | undefined, fromVersion: number): Card {
	if (fromVersion >= 3 || card.generated || deck?.generatorVersion === undefined) return card;
	const made = card.id === stableId(deck.id, card.type, card.evidence, card.answer);
	return made ? { ...card, generated: true } : card;
}
