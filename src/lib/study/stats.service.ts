import { listReviewDays, tallyCards } from '../db/index.ts';
import {
	DEFAULT_ROLLOVER_HOUR,
	dayStarts,
	dueForecast,
	reviewsPerDay,
	trueRetention,
	type CardCounts,
	type ForecastDay,
	type RetentionTable,
	type ReviewDay
} from '../srs/index.ts';

export interface DeckStats {
	reviews: ReviewDay[];
	forecast: ForecastDay[];
	counts: CardCounts;
	retention: RetentionTable;
}

export const STATS_DAYS = 30;

/**
 * The statistics of one deck, or of all decks when `deckId` is undefined, every retention row included. Reads the
 * per-day review summaries and counts cards through indexes: no review log and no card is read.
 */
export async function loadStats(deckId: string | undefined, now: number): Promise<DeckStats> {
	const rolloverHour = DEFAULT_ROLLOVER_HOUR;
	const starts = dayStarts(now, 0, STATS_DAYS + 1, rolloverHour);
	const [days, tally] = await Promise.all([listReviewDays(deckId), tallyCards(deckId, starts.slice(1))]);
	return {
		reviews: reviewsPerDay(days, now, { days: STATS_DAYS, rolloverHour }),
		forecast: dueForecast(starts.slice(0, -1), tally.due),
		counts: { ...tally.stages, suspended: tally.suspended, total: tally.total },
		retention: trueRetention(days, now, rolloverHour)
	};
}
