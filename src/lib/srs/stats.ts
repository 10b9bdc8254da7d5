import { DEFAULT_ROLLOVER_HOUR, createDayIndexer, dayStart } from './day.ts';
import type { ReviewDaySummary } from './review-days.ts';
import type { StageName } from './stages.ts';

export interface StatsOptions {
	days?: number;
	rolloverHour?: number;
}

export interface ReviewDay {
	/** When the study day began (epoch ms). */
	start: number;
	/** Reviews by the card's state before them: new or learning, relearning, young review, mature review. */
	learning: number;
	relearning: number;
	young: number;
	mature: number;
	/** Of those, how many were rated Again. */
	again: number;
	durationMs: number;
}

export interface ForecastDay {
	start: number;
	/** Learning and review cards falling due that day; today's bucket also holds the overdue ones. */
	count: number;
}

/** Cards by stage; suspended cards count only as suspended. */
export type CardCounts = Record<StageName, number> & { suspended: number; total: number };

/** When each of `count` study days began, from `from` days after today's (negative: before). */
export function dayStarts(
	now: number,
	from: number,
	count: number,
	rolloverHour = DEFAULT_ROLLOVER_HOUR
): number[] {
	return Array.from({ length: count }, (_, i) => dayStart(now, rolloverHour, from + i));
}

/** Reviews per study day for the last `days` days (default 30), oldest first, today last; decks summed. */
export function reviewsPerDay(
	summaries: readonly ReviewDaySummary[],
	now: number,
	options: StatsOptions = {}
): ReviewDay[] {
	const { days = 30, rolloverHour = DEFAULT_ROLLOVER_HOUR } = options;
	const result: ReviewDay[] = dayStarts(now, 1 - days, days, rolloverHour).map((start) => ({
		start,
		learning: 0,
		relearning: 0,
		young: 0,
		mature: 0,
		again: 0,
		durationMs: 0
	}));
	const indexOf = createDayIndexer(rolloverHour);
	const first = indexOf(now) - days + 1;
	for (const summary of summaries) {
		const day = result[indexOf(summary.start) - first];
		if (!day) continue;
		day.learning += summary.learning;
		day.relearning += summary.relearning;
		day.young += summary.young;
		day.mature += summary.mature;
		day.again += summary.again;
		day.durationMs += summary.durationMs;
	}
	return result;
}

/** The forecast from the number of cards falling due in each day (`due[0]` with the overdue ones). */
export function dueForecast(starts: readonly number[], due: readonly number[]): ForecastDay[] {
	return starts.map((start, i) => ({ start, count: due[i] ?? 0 }));
}
