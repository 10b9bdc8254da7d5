import type { ReviewLog } from '../deck/model.ts';
import { DEFAULT_ROLLOVER_HOUR, createDayIndexer, dayIndex } from './day.ts';
import { MATURE_INTERVAL_DAYS } from './stats.ts';

export interface PassFail {
	passed: number;
	failed: number;
}

export interface RetentionRow {
	young: PassFail;
	mature: PassFail;
	total: PassFail;
}

/** Anki's rows: today, yesterday, the last 7, 30 and 365 study days (today included), and all time. */
export const RETENTION_PERIODS = ['today', 'yesterday', 'week', 'month', 'year', 'all'] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];
export type RetentionTable = Record<RetentionPeriod, RetentionRow>;

function periodsOf(daysAgo: number): RetentionPeriod[] {
	const periods: RetentionPeriod[] = ['all'];
	if (daysAgo === 0) periods.push('today');
	if (daysAgo === 1) periods.push('yesterday');
	if (daysAgo < 7) periods.push('week');
	if (daysAgo < 30) periods.push('month');
	if (daysAgo < 365) periods.push('year');
	return periods;
}

/**
 * True retention as Anki defines it: only the first review of a card in a study day counts, and only when the
 * card was in review (not learning or relearning); Again is a fail, Hard/Good/Easy a pass. Young and mature
 * split at 21 days of scheduled interval before the review. Two passes over the logs, in any order.
 */
export function trueRetention(
	logs: readonly ReviewLog[],
	now: number,
	rolloverHour = DEFAULT_ROLLOVER_HOUR
): RetentionTable {
	const indexOf = createDayIndexer(rolloverHour);
	const firstOfDay = new Map<string, { log: ReviewLog; day: number }>();
	for (const log of logs) {
		const day = indexOf(log.reviewedAt);
		const key = `${log.cardId}|${day}`;
		const seen = firstOfDay.get(key);
		if (!seen || log.reviewedAt < seen.log.reviewedAt) firstOfDay.set(key, { log, day });
	}
	const table = Object.fromEntries(
		RETENTION_PERIODS.map((period) => [
			period,
			{ young: { passed: 0, failed: 0 }, mature: { passed: 0, failed: 0 }, total: { passed: 0, failed: 0 } }
		])
	) as RetentionTable;
	const today = dayIndex(now, rolloverHour);
	for (const { log, day } of firstOfDay.values()) {
		if (log.state !== 2) continue;
		const outcome = log.rating === 1 ? 'failed' : 'passed';
		const age = log.scheduledDays >= MATURE_INTERVAL_DAYS ? 'mature' : 'young';
		for (const period of periodsOf(today - day)) {
			table[period][age][outcome]++;
			table[period].total[outcome]++;
		}
	}
	return table;
}

/** Passed / (passed + failed), or `null` when nothing was reviewed. */
export function retentionRate({ passed, failed }: PassFail): number | null {
	return passed + failed === 0 ? null : passed / (passed + failed);
}
