import { toCard } from '../deck/cards.ts';
import type { Card, Deck } from '../deck/model.ts';

export const DEFAULT_DECK_ID = 'sahel-alliance';

/** The default deck, built at build time; a chunk of its own so the home page does not carry it. */
export async function loadDefaultDeck(now: number): Promise<{ deck: Deck; cards: Card[] }> {
	const { default: generated } = await import('virtual:default-deck');
	// heldBack is the generator's answer, not the deck's: kept out of the stored record.
	const { cards, heldBack: _, ...article } = generated;
	return {
		deck: { ...article, origin: 'default', createdAt: now, updatedAt: now },
		cards: cards.map((card) => toCard(card, generated.id, now))
	};
}
