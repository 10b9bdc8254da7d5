import { unwrap } from 'idb';
import type { Card, ReviewLog } from '../deck/model.ts';
import { NotFoundError } from './errors.ts';
import { recountDays, writeAllDays } from './review-days.ts';
import { STORE_NAMES, type AnyStoreName, type StoreName, type StoreValue } from './schema.ts';
import { fromStoredCard, toStoredCard, type StoredCard } from './stored-card.ts';
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

/** Records written so far and in all, for a progress bar. */
export type WriteProgress = (written: number, total: number) => void;

/** Puts between two looks at the clock: large enough to be quick, small enough for the page to stay responsive. */
const BATCH = 2_000;

function keyOf(record: unknown, keyPath: string | string[] | null): IDBValidKey {
	return (record as Record<string, IDBValidKey>)[keyPath as string] as IDBValidKey;
}

const toStored = (name: StoreName, record: unknown) =>
	name === 'cards' ? toStoredCard(record as Card) : record;

/**
 * Empties every store and writes `data`, in one transaction over every store: all of it, or nothing. Records go in
 * batches of plain IndexedDB requests, none awaited on its own (a failure aborts the transaction, which reports it);
 * the day summaries are counted from the incoming logs.
 */
export function replaceAllStores(data: StoreRecords, onProgress?: WriteProgress): Promise<void> {
	const names: AnyStoreName[] = [...STORE_NAMES, 'reviewDays'];
	return writeTx(names, async (tx) => {
		const total = STORE_NAMES.reduce((sum, name) => sum + (data[name]?.length ?? 0), 0);
		let written = 0;
		await issueAll(names.map((name) => () => tx.objectStore(name).clear()));
		for (const name of STORE_NAMES) {
			const store = unwrap(tx.objectStore(name));
			const records = data[name] ?? [];
			for (let from = 0; from < records.length; from += BATCH) {
				let last: IDBRequest | undefined;
				for (const record of records.slice(from, from + BATCH)) last = store.put(toStored(name, record));
				written += Math.min(BATCH, records.length - from);
				onProgress?.(written, total);
				// The page gets its turns (progress, input) while the batch is written; the next batch is issued from
				// the last put's success, so the transaction never finds itself idle and commits early.
				if (last) await new Promise((resolve) => (last.onsuccess = resolve));
			}
		}
		await writeAllDays(tx.objectStore('reviewDays'), data.reviewLogs ?? []);
	});
}

/** Adds `data` to what is stored, `keep` deciding between two versions of a record; one transaction. */
export function mergeIntoStores(data: StoreRecords, keep: KeepRecord): Promise<MergeCounts> {
	return writeTx([...STORE_NAMES, 'reviewDays'], async (tx) => {
		const counts: MergeCounts = {};
		const writes: (() => Promise<unknown>)[] = [];
		const newLogs: ReviewLog[] = [];
		for (const name of STORE_NAMES) {
			const incoming = data[name] ?? [];
			if (!incoming.length) continue;
			const store = tx.objectStore(name);
			const fromStore = (record: unknown) =>
				name === 'cards' ? fromStoredCard(record as StoredCard) : record;
			const stored = new Map(
				(await store.getAll()).map((record) => [keyOf(record, store.keyPath), fromStore(record)])
			);
			const count = { added: 0, updated: 0, unchanged: 0 };
			for (const record of incoming) {
				const existing = stored.get(keyOf(record, store.keyPath));
				const kept = existing === undefined ? record : keep(name, existing, record);
				if (existing === undefined) count.added++;
				else if (kept === existing) count.unchanged++;
				else count.updated++;
				if (kept === existing) continue;
				writes.push(() => store.put(toStored(name, kept) as never));
				if (name === 'reviewLogs') newLogs.push(kept as ReviewLog);
			}
			counts[name] = count;
		}
		await issueAll(writes);
		await recountDays(
			{ reviewLogs: tx.objectStore('reviewLogs'), reviewDays: tx.objectStore('reviewDays') },
			newLogs
		);
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
			...fresh.map((card) => () => cardStore.put(toStoredCard(card))),
			() => decks.put({ ...deck, updatedAt: now })
		]);
		return fresh.length;
	});
}
