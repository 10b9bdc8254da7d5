/** Which decks "Regenerate cards" is offered for: apart from the reconciliation, so the home page carries only this. */
import type { Deck } from './model.ts';

/** Whether a deck can be regenerated: it holds the article its cards were made from (not a link's or a spreadsheet's). */
export function canRegenerate(deck: Deck): boolean {
	return deck.origin !== 'shared' && deck.text.trim() !== '';
}

/** A deck made by an older generator than `current`: regenerating is suggested. */
export function isOutdated(deck: Deck, current: number): boolean {
	return canRegenerate(deck) && (deck.generatorVersion ?? 0) < current;
}
