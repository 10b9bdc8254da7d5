import type { Card, ReviewLog } from '../deck/model.ts';
import { listAllCards, listCards, listReviewLogs } from '../db/index.ts';
import {
	DEFAULT_ROLLOVER_HOUR,
	cardCounts,
	dayStart,
	dueForecast,
	reviewsPerDay,
	trueRetention,
	type CardCounts,
	type ForecastDay,
	type RetentionPeriod,
	type RetentionTable,
	type ReviewDay
} from '../srs/index.ts';

export interface DeckStats {
	reviews: ReviewDay[];
	forecast: ForecastDay[];
	counts: CardCounts;
	retention: RetentionTable;
	/** Retention rows computed from the logs read so far; the others wait for `loadAllTimeRetention`. */
	retentionPeriods: readonly RetentionPeriod[];
}

export const STATS_DAYS = 30;
/** What the last 30 study days of logs are enough for. */
export const RECENT_PERIODS: readonly RetentionPeriod[] = ['today', 'yesterday', 'week', 'month'];

export function computeStats(
	cards: readonly Card[],
	logs: readonly ReviewLog[],
	now: number,
	retentionPeriods: readonly RetentionPeriod[]
): DeckStats {
	return {
		reviews: reviewsPerDay(logs, now, { days: STATS_DAYS }),
		forecast: dueForecast(cards, now, { days: STATS_DAYS }),
		counts: cardCounts(cards),
		retention: trueRetention(logs, now),
		retentionPeriods
	};
}

/**
 * The statistics of one deck, or of all decks when `deckId` is undefined, from the last 30 study days of
 * logs: everything but the year and all-time retention rows, which `loadAllTimeRetention` adds. Reading a
 * year of logs takes far longer than the page may take to open.
 */
export async function loadStats(deckId: string | undefined, now: number): Promise<DeckStats> {
	const since = dayStart(now, DEFAULT_ROLLOVER_HOUR, 1 - STATS_DAYS);
	const [cards, logs] = await Promise.all([
		deckId === undefined ? listAllCards() : listCards(deckId),
		listReviewLogs(deckId, since)
	]);
	return computeStats(cards, logs, now, RECENT_PERIODS);
}

/** True retention over every log, for the year and all-time rows. */
export async function loadAllTimeRetention(deckId: string | undefined, now: number): Promise<RetentionTable> {
	return trueRetention(await listReviewLogs(deckId), now);
}
