import type { IDBPObjectStore } from 'idb';
import type { Card, Deck, SchedulingState } from '../deck/model.ts';
import { countDeck, type DeckCounts } from './counts.ts';
import { DbError, NotFoundError } from './errors.ts';
import { deleteDeckDays, recountDays } from './review-days.ts';
import type { AnyStoreName, FactdeckSchema } from './schema.ts';
import { fromStoredCard, toStoredCard } from './stored-card.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';

export interface DeckSummary {
	id: string;
	title: string;
	subtitle?: string;
	attribution?: string;
	updatedAt: number;
	counts: DeckCounts;
}

/** Every deck with its card counts at `now`, most recently changed first. */
export function listDecks(now: number): Promise<DeckSummary[]> {
	return readTx(['decks', 'cards'], async (tx) => {
		const decks = await tx.objectStore('decks').getAll();
		const cards = tx.objectStore('cards');
		const summaries = await Promise.all(
			decks.map(async ({ id, title, subtitle, attribution, updatedAt }) => ({
				id,
				title,
				...(subtitle === undefined ? {} : { subtitle }),
				...(attribution === undefined ? {} : { attribution }),
				updatedAt,
				counts: await countDeck(cards, id, now)
			}))
		);
		return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
	});
}

export function getDeck(id: string): Promise<Deck | undefined> {
	return readTx(['decks'], (tx) => tx.objectStore('decks').get(id));
}

function isUnstudied(srs: SchedulingState): boolean {
	return srs.state === 0 && srs.reps === 0;
}

/** A stored card keeps its progress when the incoming version of it was never studied (e.g. regenerated). */
function merge(incoming: Card, stored: Card | undefined): Card {
	if (!stored || !isUnstudied(incoming.srs)) return incoming;
	return { ...incoming, srs: stored.srs, suspended: stored.suspended, createdAt: stored.createdAt };
}

type WriteStore<S extends AnyStoreName> = IDBPObjectStore<
	FactdeckSchema,
	ArrayLike<AnyStoreName>,
	S,
	'readwrite'
>;

export interface DeckStores {
	decks: WriteStore<'decks'>;
	cards: WriteStore<'cards'>;
	reviewLogs: WriteStore<'reviewLogs'>;
	reviewDays: WriteStore<'reviewDays'>;
}

export const DECK_STORES = ['decks', 'cards', 'reviewLogs', 'reviewDays'] as const;

export function deckStores(tx: {
	objectStore<S extends (typeof DECK_STORES)[number]>(name: S): WriteStore<S>;
}): DeckStores {
	return {
		decks: tx.objectStore('decks'),
		cards: tx.objectStore('cards'),
		reviewLogs: tx.objectStore('reviewLogs'),
		reviewDays: tx.objectStore('reviewDays')
	};
}

/** Stores a deck and makes `cards` its card set: cards not in it are deleted with their review logs. */
export async function writeDeck(stores: DeckStores, deck: Deck, cards: Card[]): Promise<void> {
	const stray = cards.find((card) => card.deckId !== deck.id);
	if (stray) throw new DbError(`Card ${stray.id} belongs to deck ${stray.deckId}, not ${deck.id}.`);
	const { cards: cardStore, reviewLogs: logs } = stores;
	const stored = new Map(
		(await cardStore.index('by-deck').getAll(deck.id)).map((card) => [card.id, fromStoredCard(card)])
	);
	const kept = new Set(cards.map((card) => card.id));
	const removed = [...stored.keys()].filter((id) => !kept.has(id));
	const removedLogs = (await Promise.all(removed.map((id) => logs.index('by-card').getAll(id)))).flat();
	await issueAll([
		() => stores.decks.put(deck),
		...cards.map((card) => () => cardStore.put(toStoredCard(merge(card, stored.get(card.id))))),
		...removed.map((id) => () => cardStore.delete(id)),
		...removedLogs.map((log) => () => logs.delete(log.id))
	]);
	if (removedLogs.length) await recountDays(stores, removedLogs);
}

/** Saves a deck and its whole card set in one transaction; regenerating a deck keeps the progress of unchanged cards. */
export function saveDeck(deck: Deck, cards: Card[]): Promise<void> {
	return writeTx(DECK_STORES, (tx) => writeDeck(deckStores(tx), deck, cards));
}

export function renameDeck(id: string, title: string, now: number): Promise<Deck> {
	return writeTx(['decks'], async (tx) => {
		const store = tx.objectStore('decks');
		const deck = await store.get(id);
		if (!deck) throw new NotFoundError(`No deck ${id}.`);
		const renamed = { ...deck, title, updatedAt: now };
		await store.put(renamed);
		return renamed;
	});
}

/** Deletes a deck with its cards, review logs and quiz attempts, all or nothing. */
export function deleteDeck(id: string): Promise<void> {
	return writeTx(['decks', 'cards', 'reviewLogs', 'quizAttempts', 'reviewDays'], async (tx) => {
		const cards = tx.objectStore('cards');
		const logs = tx.objectStore('reviewLogs');
		const attempts = tx.objectStore('quizAttempts');
		const [cardIds, logIds, attemptIds] = await Promise.all([
			cards.index('by-deck').getAllKeys(id),
			logs.index('by-deck-time').getAllKeys(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
			attempts.index('by-deck').getAllKeys(id)
		]);
		await issueAll([
			() => tx.objectStore('decks').delete(id),
			...cardIds.map((key) => () => cards.delete(key)),
			...logIds.map((key) => () => logs.delete(key)),
			...attemptIds.map((key) => () => attempts.delete(key)),
			() => deleteDeckDays(tx.objectStore('reviewDays'), id)
		]);
	});
}
