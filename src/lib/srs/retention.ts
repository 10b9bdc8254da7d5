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

const emptyRow = (): RetentionRow => ({
	young: { passed: 0, failed: 0 },
	mature: { passed: 0, failed: 0 },
	total: { passed: 0, failed: 0 }
});

function byTime(logs: readonly ReviewLog[]): readonly ReviewLog[] {
	for (let i = 1; i < logs.length; i++) {
		if (logs[i]!.reviewedAt < logs[i - 1]!.reviewedAt)
			return [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt);
	}
	return logs;
}

/**
 * True retention as Anki defines it: only the first review of a card in a study day counts, and only when the
 * card was in review (not learning or relearning); Again is a fail, Hard/Good/Easy a pass. Young and mature
 * split at 21 days of scheduled interval before the review. One pass over logs in time order (as the database
 * index gives them; other orders are sorted first).
 */
export function trueRetention(
	logs: readonly ReviewLog[],
	now: number,
	rolloverHour = DEFAULT_ROLLOVER_HOUR
): RetentionTable {
	const table = Object.fromEntries(RETENTION_PERIODS.map((period) => [period, emptyRow()])) as RetentionTable;
	const add = (row: RetentionRow, age: 'young' | 'mature', outcome: keyof PassFail) => {
		row[age][outcome]++;
		row.total[outcome]++;
	};
	const indexOf = createDayIndexer(rolloverHour);
	const today = dayIndex(now, rolloverHour);
	const lastDayOf = new Map<string, number>();
	for (const log of byTime(logs)) {
		const day = indexOf(log.reviewedAt);
		if (lastDayOf.get(log.cardId) === day) continue;
		lastDayOf.set(log.cardId, day);
		if (log.state !== 2) continue;
		const outcome = log.rating === 1 ? 'failed' : 'passed';
		const age = log.scheduledDays >= MATURE_INTERVAL_DAYS ? 'mature' : 'young';
		const daysAgo = today - day;
		add(table.all, age, outcome);
		if (daysAgo === 0) add(table.today, age, outcome);
		if (daysAgo === 1) add(table.yesterday, age, outcome);
		if (daysAgo < 7) add(table.week, age, outcome);
		if (daysAgo < 30) add(table.month, age, outcome);
		if (daysAgo < 365) add(table.year, age, outcome);
	}
	return table;
}

/** Passed / (passed + failed), or `null` when nothing was reviewed. */
export function retentionRate({ passed, failed }: PassFail): number | null {
	return passed + failed === 0 ? null : passed / (passed + failed);
}
