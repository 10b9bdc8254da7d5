/**
 * The per-day summaries of review logs (store `reviewDays`, version 4). Every write that adds or removes logs
 * recounts the days it touched in the same transaction; a change of time zone or rollover hour, or a restore,
 * counts them all again from the logs.
 */
import type { IDBPObjectStore } from 'idb';
import type { ReviewLog } from '../deck/model.ts';
import { dayStart, nextDayStart } from '../srs/day.ts';
import {
	countedIn,
	currentBasis,
	summarizeLogs,
	type DayBasis,
	type ReviewDaySummary
} from '../srs/review-days.ts';
import type { AnyStoreName, FactdeckSchema } from './schema.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';

type Writable<S extends AnyStoreName> = IDBPObjectStore<
	FactdeckSchema,
	ArrayLike<AnyStoreName>,
	S,
	'readwrite' | 'versionchange'
>;

export interface DayStores {
	reviewLogs: Writable<'reviewLogs'>;
	reviewDays: Writable<'reviewDays'>;
}

type LogTime = Pick<ReviewLog, 'deckId' | 'reviewedAt'>;

/** Recounts the study days `logs` fall in (each in its deck) from the logs stored now: call after the writes. */
export async function recountDays(
	stores: DayStores,
	logs: readonly LogTime[],
	basis = currentBasis()
): Promise<void> {
	const days = new Map<string, [deckId: string, start: number, end: number]>();
	for (const { deckId, reviewedAt } of logs) {
		const start = dayStart(reviewedAt, basis.rolloverHour);
		days.set(`${start}\u0000${deckId}`, [deckId, start, nextDayStart(reviewedAt, basis.rolloverHour)]);
	}
	const byDeckTime = stores.reviewLogs.index('by-deck-time');
	await issueAll(
		[...days.values()].map(([deckId, start, end]) => async () => {
			const range = IDBKeyRange.bound([deckId, start], [deckId, end], false, true);
			const [summary] = summarizeLogs(await byDeckTime.getAll(range), basis);
			await (summary ? stores.reviewDays.put(summary) : stores.reviewDays.delete([deckId, start]));
		})
	);
}

/** Replaces every summary with those of `logs` (all the logs there are). */
export async function writeAllDays(
	store: Writable<'reviewDays'>,
	logs: readonly ReviewLog[],
	basis = currentBasis()
): Promise<void> {
	await store.clear();
	await issueAll(summarizeLogs(logs, basis).map((summary) => () => store.put(summary)));
}

/** Counts every day again from every stored log. */
export async function recountAllDays(stores: DayStores, basis = currentBasis()): Promise<void> {
	await writeAllDays(stores.reviewDays, await stores.reviewLogs.getAll(), basis);
}

const deckRange = (deckId: string) => IDBKeyRange.bound([deckId, -Infinity], [deckId, Infinity]);

/** Deletes a deck's summaries (the deck's logs are going). */
export async function deleteDeckDays(store: Writable<'reviewDays'>, deckId: string): Promise<void> {
	await store.delete(deckRange(deckId));
}

/**
 * The day summaries of one deck, or of every deck, counted in the study days `basis` gives: summaries counted in
 * another time zone (the device moved) are counted again first.
 */
export async function listReviewDays(
	deckId: string | undefined,
	basis: DayBasis = currentBasis()
): Promise<ReviewDaySummary[]> {
	const read = () =>
		readTx(['reviewDays'], (tx) =>
			tx.objectStore('reviewDays').getAll(deckId === undefined ? undefined : deckRange(deckId))
		);
	const days = await read();
	if (countedIn(days, basis)) return days;
	await writeTx(['reviewLogs', 'reviewDays'], (tx) =>
		recountAllDays(
			{ reviewLogs: tx.objectStore('reviewLogs'), reviewDays: tx.objectStore('reviewDays') },
			basis
		)
	);
	return read();
}
