import type { IDBPObjectStore } from 'idb';
import type { Card, SchedulingState } from '../deck/model.ts';
import type { FactdeckSchema, StoreName } from './schema.ts';

/** What a deck holds for study now, as Anki's deck list shows it. Suspended cards count only in `total`. */
export interface DeckCounts {
	total: number;
	/** Never studied. */
	new: number;
	/** Learning or relearning, due now. */
	learning: number;
	/** In review, due now. */
	due: number;
}

type CardStore = IDBPObjectStore<FactdeckSchema, ArrayLike<StoreName>, 'cards', 'readonly'>;

function inState(deckId: string, state: SchedulingState['state'], dueBy: number): IDBKeyRange {
	return IDBKeyRange.bound([deckId, state, -Infinity], [deckId, state, dueBy]);
}

function active(cards: Card[]): number {
	return cards.filter((card) => !card.suspended).length;
}

/** Reads only new and due cards through the state index; cards waiting for a later day are never loaded. */
export async function countDeck(cards: CardStore, deckId: string, now: number): Promise<DeckCounts> {
	const index = cards.index('by-deck-state-due');
	const [total, fresh, learning, relearning, review] = await Promise.all([
		cards.index('by-deck').count(deckId),
		index.getAll(inState(deckId, 0, Infinity)),
		index.getAll(inState(deckId, 1, now)),
		index.getAll(inState(deckId, 3, now)),
		index.getAll(inState(deckId, 2, now))
	]);
	return { total, new: active(fresh), learning: active(learning) + active(relearning), due: active(review) };
}
