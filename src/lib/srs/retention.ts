import { DEFAULT_ROLLOVER_HOUR, createDayIndexer } from './day.ts';
import type { ReviewDaySummary } from './review-days.ts';

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

function add(row: RetentionRow, day: ReviewDaySummary): void {
	row.young.passed += day.youngPassed;
	row.young.failed += day.youngFailed;
	row.mature.passed += day.maturePassed;
	row.mature.failed += day.matureFailed;
	row.total.passed += day.youngPassed + day.maturePassed;
	row.total.failed += day.youngFailed + day.matureFailed;
}

/**
 * True retention as Anki defines it, from the day summaries (see `summarizeLogs`): only the first review of a
 * card in a study day counts, and only when the card was in review; Again is a fail, Hard/Good/Easy a pass.
 * Young and mature split at 21 days of scheduled interval before the review.
 */
export function trueRetention(
	summaries: readonly ReviewDaySummary[],
	now: number,
	rolloverHour = DEFAULT_ROLLOVER_HOUR
): RetentionTable {
	const table = Object.fromEntries(RETENTION_PERIODS.map((period) => [period, emptyRow()])) as RetentionTable;
	const indexOf = createDayIndexer(rolloverHour);
	const today = indexOf(now);
	for (const day of summaries) {
		const daysAgo = today - indexOf(day.start);
		add(table.all, day);
		if (daysAgo === 0) add(table.today, day);
		if (daysAgo === 1) add(table.yesterday, day);
		if (daysAgo < 7) add(table.week, day);
		if (daysAgo < 30) add(table.month, day);
		if (daysAgo < 365) add(table.year, day);
	}
	return table;
}

/** Passed / (passed + failed), or `null` when nothing was reviewed. */
export function retentionRate({ passed, failed }: PassFail): number | null {
	return passed + failed === 0 ? null : passed / (passed + failed);
}
