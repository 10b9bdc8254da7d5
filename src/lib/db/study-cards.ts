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
 * group not in `taken` (a queue introduces one card per fact), which gets the facts found. At least one card, so
 * "next card due" knows there are new cards.
 */
async function firstNewCards(
	index: StageIndex,
	deckId: string,
	wanted: number,
	taken: Set<string>
): Promise<{ cards: StoredCard[]; facts: number }> {
	for (let count = Math.max(1, wanted); ; count *= 2) {
		const cards = await index.getAll(activeRange(deckId, STAGES.new), count);
		const facts = new Set<string>();
		for (const { id, sibling } of cards) if (!taken.has(sibling ?? id)) facts.add(sibling ?? id);
		if (facts.size >= wanted || cards.length < count) {
			for (const fact of facts) taken.add(fact);
			return { cards, facts: facts.size };
		}
	}
}

/**
 * Reads, through the [deck, suspended, stage, due] index, only what the day's queue can use: the cards of every
 * deck in `deckIds` (undefined: every deck) that are not suspended and are either learning or in review and due
 * before `dueBefore` (the end of the study day), or the first of their stage due later (for "next card due …"), or
 * marked by a quiz (`priority`), or among the first new cards: enough for `newCards.limit` facts in each deck, or
 * in all of them together (`shared`, as "Study all" introduces them: deck after deck). New cards come first.
 */
export function listStudyCards(
	deckIds: readonly string[] | undefined,
	dueBefore: number,
	newCards: { limit: number; shared: boolean }
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
		const scheduled = (
			await Promise.all(
				ids.flatMap((id) => [
					...SCHEDULED.map((stage) => index.getAll(dueBeforeRange(id, stage, dueBefore))),
					...SCHEDULED.map((stage) => index.getAll(activeRange(id, stage, dueBefore), 1))
				])
			)
		).flat();
		const taken = new Set(scheduled.flatMap((card) => (card.sibling === undefined ? [] : [card.sibling])));
		const fresh: StoredCard[] = [];
		if (newCards.shared) {
			let wanted = newCards.limit;
			for (const id of ids) {
				if (wanted <= 0 && fresh.length > 0) break;
				const found = await firstNewCards(index, id, wanted, taken);
				fresh.push(...found.cards);
				wanted -= found.facts;
			}
		} else {
			const perDeck = ids.map((id) => firstNewCards(index, id, newCards.limit, new Set(taken)));
			for (const found of await Promise.all(perDeck)) fresh.push(...found.cards);
		}
		const loaded = [...fresh, ...scheduled];
		const loadedIds = new Set(loaded.map((card) => card.id));
		return fromStoredCards([...(await marked).filter((card) => !loadedIds.has(card.id)), ...loaded]);
	});
}
