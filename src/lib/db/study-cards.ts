import type { IDBPIndex } from 'idb';
import type { Card } from '../deck/model.ts';
import { STAGES, type Stage } from '../srs/stages.ts';
import { activeRange } from './counts.ts';
import type { AnyStoreName, FactdeckSchema } from './schema.ts';
import { fromStoredCards, type StoredCard } from './stored-card.ts';
import { readTx } from './transactions.ts';

type StageIndex = IDBPIndex<
	FactdeckSchema,
	ArrayLike<AnyStoreName>,
	'cards',
	'by-deck-stage-due',
	'readonly'
>;

const SCHEDULED: Stage[] = [STAGES.learning, STAGES.relearning, STAGES.young, STAGES.mature];

const dueBeforeRange = (deckId: string, stage: Stage, before: number) =>
	IDBKeyRange.bound([deckId, 0, stage, -Infinity], [deckId, 0, stage, before], false, true);

/**
 * The first new cards of a deck in index order (due, then id): enough for `wanted` facts, a fact being a sibling
 * group not in `taken` (a queue introduces one card per fact). At least one, so "next card due" knows of them.
 */
async function firstNewCards(
	index: StageIndex,
	deckId: string,
	wanted: number,
	taken: ReadonlySet<string>
): Promise<StoredCard[]> {
	for (let count = Math.max(1, wanted); ; count *= 2) {
		const cards = await index.getAll(activeRange(deckId, STAGES.new), count);
		const facts = new Set(taken);
		let distinct = 0;
		for (const { id, sibling } of cards) {
			if (!facts.has(sibling ?? id)) distinct++;
			facts.add(sibling ?? id);
		}
		if (distinct >= wanted || cards.length < count) return cards;
	}
}

/**
 * Reads, through the [deck, suspended, stage, due] index, only what the day's queue can use: the cards of every
 * deck in `deckIds` (undefined: every deck) that are not suspended and are either learning or in review and due
 * before `dueBefore` (the end of the study day), or the first of their stage due later (for "next card due …"), or
 * among the first new cards, enough for `newPerDeck` facts per deck, or marked by a quiz (`priority`). New cards
 * come first, in index order.
 */
export function listStudyCards(
	deckIds: readonly string[] | undefined,
	dueBefore: number,
	newPerDeck: number
): Promise<Card[]> {
	return readTx(['decks', 'cards'], async (tx) => {
		const ids = deckIds ?? (await tx.objectStore('decks').getAllKeys());
		const cards = tx.objectStore('cards');
		const index = cards.index('by-deck-stage-due');
		// Cards a quiz marked (few: the index holds only cards with a priority) come whatever the limits.
		const inDecks = new Set(ids);
		const marked = cards
			.index('by-priority')
			.getAll()
			.then((all) => all.filter((card) => inDecks.has(card.deckId) && card.suspended === 0));
		const perDeck = await Promise.all(
			ids.map(async (id) => {
				const [due, later] = await Promise.all([
					Promise.all(SCHEDULED.map((stage) => index.getAll(dueBeforeRange(id, stage, dueBefore)))),
					Promise.all(SCHEDULED.map((stage) => index.getAll(activeRange(id, stage, dueBefore), 1)))
				]);
				const scheduled = [...due.flat(), ...later.flat()];
				const taken = new Set(
					scheduled.flatMap((card) => (card.sibling === undefined ? [] : [card.sibling]))
				);
				return [...(await firstNewCards(index, id, newPerDeck, taken)), ...scheduled];
			})
		);
		const loaded = perDeck.flat();
		const loadedIds = new Set(loaded.map((card) => card.id));
		return fromStoredCards([...(await marked).filter((card) => !loadedIds.has(card.id)), ...loaded]);
	});
}
