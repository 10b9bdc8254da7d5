import type { IDBPObjectStore } from 'idb';
import { STAGE_NAMES, STAGES, type Stage, type StageName } from '../srs/stages.ts';
import type { AnyStoreName, FactdeckSchema } from './schema.ts';
import { readTx } from './transactions.ts';

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

type CardStore = IDBPObjectStore<FactdeckSchema, ArrayLike<AnyStoreName>, 'cards', 'readonly'>;

/** Cards of a deck not suspended, in `stage`, due from `from` up to `to` (included). */
export function activeRange(deckId: string, stage: Stage, from = -Infinity, to = Infinity): IDBKeyRange {
	return IDBKeyRange.bound([deckId, 0, stage, from], [deckId, 0, stage, to]);
}

/** Counted through the [deck, suspended, stage, due] index: no card is read. */
export async function countDeck(cards: CardStore, deckId: string, now: number): Promise<DeckCounts> {
	const index = cards.index('by-deck-stage-due');
	const count = (stage: Stage, dueBy = Infinity) => index.count(activeRange(deckId, stage, -Infinity, dueBy));
	const [total, fresh, learning, relearning, young, mature] = await Promise.all([
		cards.index('by-deck').count(deckId),
		count(STAGES.new),
		count(STAGES.learning, now),
		count(STAGES.relearning, now),
		count(STAGES.young, now),
		count(STAGES.mature, now)
	]);
	return { total, new: fresh, learning: learning + relearning, due: young + mature };
}

/** What the statistics count: active cards per stage, suspended ones, and cards falling due in each forecast day. */
export interface CardTally {
	stages: Record<StageName, number>;
	suspended: number;
	total: number;
	/** Learning and review cards falling due before `dayEnds[i]` (and from `dayEnds[i - 1]`; the first: overdue too). */
	due: number[];
}

/**
 * Counts one deck's cards, or every deck's, through the stage indexes (`count()` only: no card is read, so it
 * stays fast with tens of thousands of cards).
 */
export function tallyCards(deckId: string | undefined, dayEnds: readonly number[]): Promise<CardTally> {
	return readTx(['cards'], async (tx) => {
		const store = tx.objectStore('cards');
		const prefix = deckId === undefined ? [] : [deckId];
		const index = deckId === undefined ? store.index('by-stage-due') : store.index('by-deck-stage-due');
		const count = (suspended: 0 | 1, stage: number, from: number, to: number, openEnd = false) =>
			index.count(
				IDBKeyRange.bound(
					[...prefix, suspended, stage, from],
					[...prefix, suspended, stage, to],
					false,
					openEnd
				) as never
			);
		const scheduled = STAGE_NAMES.slice(1).map((name) => STAGES[name]);
		const [total, suspended, stages, due] = await Promise.all([
			deckId === undefined ? store.count() : store.index('by-deck').count(deckId),
			index.count(
				IDBKeyRange.bound([...prefix, 1, -Infinity, -Infinity], [...prefix, 1, Infinity, Infinity]) as never
			),
			Promise.all(STAGE_NAMES.map((name) => count(0, STAGES[name], -Infinity, Infinity))),
			Promise.all(
				dayEnds.map(async (end, i) => {
					const counts = await Promise.all(
						scheduled.map((stage) => count(0, stage, dayEnds[i - 1] ?? -Infinity, end, true))
					);
					return counts.reduce((a, b) => a + b, 0);
				})
			)
		]);
		return {
			stages: Object.fromEntries(STAGE_NAMES.map((name, i) => [name, stages[i] ?? 0])) as Record<
				StageName,
				number
			>,
			suspended,
			total,
			due
		};
	});
}
