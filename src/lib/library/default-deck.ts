import { toCard } from '../deck/cards.ts';
import type { Card, Deck } from '../deck/model.ts';

export const DEFAULT_DECK_ID = 'sahel-alliance';

/** The default deck as this build's generator made it; a chunk of its own so the home page does not carry it. */
export async function loadBundledDeck() {
	return (await import('virtual:default-deck')).default;
}

/** The default deck, built at build time, ready to store. */
export async function loadDefaultDeck(now: number): Promise<{ deck: Deck; cards: Card[] }> {
	// heldBack is the generator's answer, not the deck's: kept out of the stored record.
	const { cards, heldBack: _, ...article } = await loadBundledDeck();
	return {
		deck: { ...article, origin: 'default', createdAt: now, updatedAt: now },
		cards: cards.map((card) => ({ ...toCard(card, article.id, now), generated: true }))
	};
}
