import type { Card, Deck } from '../deck/model.ts';
import { recountDays } from './review-days.ts';
import type { FactdeckSchema } from './schema.ts';
import { fromStoredCards, toStoredCard } from './stored-card.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';
import type { IDBPTransaction } from 'idb';

/** A deck and its cards as stored, with the ids of the cards that have review logs. */
export interface DeckState {
	deck: Deck;
	cards: Card[];
	reviewed: Set<string>;
}

type DeckTx = IDBPTransaction<
	FactdeckSchema,
	('decks' | 'cards' | 'reviewLogs' | 'reviewDays')[],
	IDBTransactionMode
>;

async function readState(tx: DeckTx, deckId: string): Promise<DeckState | undefined> {
	const [deck, cards, logs] = await Promise.all([
		tx.objectStore('decks').get(deckId),
		tx.objectStore('cards').index('by-deck').getAll(deckId),
		tx
			.objectStore('reviewLogs')
			.index('by-deck-time')
			.getAll(IDBKeyRange.bound([deckId, -Infinity], [deckId, Infinity]))
	]);
	return deck && { deck, cards: fromStoredCards(cards), reviewed: new Set(logs.map((log) => log.cardId)) };
}

export function readDeckState(deckId: string): Promise<DeckState | undefined> {
	return readTx(['decks', 'cards', 'reviewLogs', 'reviewDays'], (tx) => readState(tx, deckId));
}

/**
 * Rewrites a deck and its whole card set in one transaction: `change` sees them as stored and returns what to store
 * (stored cards it leaves out are deleted, with their review logs and the day summaries recounted), or null to leave
 * them. Resolves with the state
 * before the change, or null when nothing was written (no such deck, or `change` declined).
 */
export function rewriteDeck(
	deckId: string,
	change: (state: DeckState) => { deck: Deck; cards: Card[] } | null
): Promise<DeckState | null> {
	return writeTx(['decks', 'cards', 'reviewLogs', 'reviewDays'], async (tx) => {
		const state = await readState(tx, deckId);
		const next = state && change(state);
		if (!state || !next) return null;
		const kept = new Set(next.cards.map((card) => card.id));
		const removed = state.cards.filter((card) => !kept.has(card.id)).map((card) => card.id);
		const logs = tx.objectStore('reviewLogs');
		const removedLogs = (await Promise.all(removed.map((id) => logs.index('by-card').getAll(id)))).flat();
		const cards = tx.objectStore('cards');
		await issueAll([
			() => tx.objectStore('decks').put(next.deck),
			...next.cards.map((card) => () => cards.put(toStoredCard(card))),
			...removed.map((id) => () => cards.delete(id)),
			...removedLogs.map((log) => () => logs.delete(log.id))
		]);
		if (removedLogs.length)
			await recountDays({ reviewLogs: logs, reviewDays: tx.objectStore('reviewDays') }, removedLogs);
		return state;
	});
}
