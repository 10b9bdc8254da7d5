import type { Card } from '../deck/model.ts';
import { NotFoundError } from './errors.ts';
import { STORE_NAMES, type StoreName, type StoreValue } from './schema.ts';
import { issueAll, writeTx } from './transactions.ts';

/** Records to write, per store; stores left out are treated as empty. */
export type StoreRecords = { [S in StoreName]?: StoreValue<S>[] };

/** Picks the version of a record to keep when the database already holds one with the same key. */
export type KeepRecord = (store: StoreName, stored: unknown, incoming: unknown) => unknown;

export interface StoreMergeCount {
	added: number;
	updated: number;
	unchanged: number;
}

export type MergeCounts = Partial<Record<StoreName, StoreMergeCount>>;

function keyOf(record: unknown, keyPath: string | string[] | null): IDBValidKey {
	return (record as Record<string, IDBValidKey>)[keyPath as string] as IDBValidKey;
}

/** Empties every store and writes `data`, in one transaction over every store: all of it, or nothing. */
export function replaceAllStores(data: StoreRecords): Promise<void> {
	return writeTx(STORE_NAMES, async (tx) => {
		await issueAll(STORE_NAMES.map((name) => () => tx.objectStore(name).clear()));
		await issueAll(
			STORE_NAMES.flatMap((name) =>
				(data[name] ?? []).map((record) => () => tx.objectStore(name).put(record as never))
			)
		);
	});
}

/** Adds `data` to what is stored, `keep` deciding between two versions of a record; one transaction. */
export function mergeIntoStores(data: StoreRecords, keep: KeepRecord): Promise<MergeCounts> {
	return writeTx(STORE_NAMES, async (tx) => {
		const counts: MergeCounts = {};
		const writes: (() => Promise<unknown>)[] = [];
		for (const name of STORE_NAMES) {
			const incoming = data[name] ?? [];
			if (!incoming.length) continue;
			const store = tx.objectStore(name);
			const stored = new Map((await store.getAll()).map((record) => [keyOf(record, store.keyPath), record]));
			const count = { added: 0, updated: 0, unchanged: 0 };
			for (const record of incoming) {
				const existing = stored.get(keyOf(record, store.keyPath));
				const kept = existing === undefined ? record : keep(name, existing, record);
				if (existing === undefined) count.added++;
				else if (kept === existing) count.unchanged++;
				else count.updated++;
				if (kept !== existing) writes.push(() => store.put(kept as never));
			}
			counts[name] = count;
		}
		await issueAll(writes);
		return counts;
	});
}

/** Adds imported cards to an existing deck (kept cards are not touched) and marks the deck changed. */
export function addCardsToDeck(deckId: string, cards: Card[], now: number): Promise<number> {
	return writeTx(['decks', 'cards'], async (tx) => {
		const decks = tx.objectStore('decks');
		const deck = await decks.get(deckId);
		if (!deck) throw new NotFoundError(`No deck ${deckId}.`);
		const cardStore = tx.objectStore('cards');
		const existing = new Set(await cardStore.index('by-deck').getAllKeys(deckId));
		const fresh = cards.filter((card) => card.deckId === deckId && !existing.has(card.id));
		await issueAll([
			...fresh.map((card) => () => cardStore.put(card)),
			() => decks.put({ ...deck, updatedAt: now })
		]);
		return fresh.length;
	});
}
