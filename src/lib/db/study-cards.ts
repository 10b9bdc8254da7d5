import type { Card } from '../deck/model.ts';
import { readTx } from './transactions.ts';

/** The cards a study session can show today, and when the first review card left out falls due. */
export interface StudyCards {
	cards: Card[];
	/** Due time of the earliest review card not due before `dueBefore` (not loaded), if any. */
	nextReviewDue: number | undefined;
}

const range = (deckId: string, state: number, from: number, to: number, openEnd = false) =>
	IDBKeyRange.bound([deckId, state, from], [deckId, state, to], false, openEnd);

/**
 * Reads, through the [deck, state, due] index, only what the day's queue can hold: every new, learning and
 * relearning card, and the review cards due before `dueBefore` (the end of the study day). Review cards due
 * later are never loaded, so a large collection opens fast. New cards come in index order (due, then id).
 * `deckIds` undefined means every deck.
 */
export function listStudyCards(
	deckIds: readonly string[] | undefined,
	dueBefore: number
): Promise<StudyCards> {
	return readTx(['decks', 'cards'], async (tx) => {
		const ids = deckIds ?? (await tx.objectStore('decks').getAllKeys());
		const index = tx.objectStore('cards').index('by-deck-state-due');
		const perDeck = await Promise.all(
			ids.map(async (id) => {
				const [fresh, learning, relearning, review, later] = await Promise.all([
					index.getAll(range(id, 0, -Infinity, Infinity)),
					index.getAll(range(id, 1, -Infinity, Infinity)),
					index.getAll(range(id, 3, -Infinity, Infinity)),
					index.getAll(range(id, 2, -Infinity, dueBefore, true)),
					index.getAll(range(id, 2, dueBefore, Infinity), 1)
				]);
				return { cards: [...fresh, ...learning, ...relearning, ...review], later: later[0]?.srs.due };
			})
		);
		const laterDues = perDeck.flatMap((deck) => (deck.later === undefined ? [] : [deck.later]));
		return {
			cards: perDeck.flatMap((deck) => deck.cards),
			nextReviewDue: laterDues.length > 0 ? Math.min(...laterDues) : undefined
		};
	});
}
