/**
 * Review logs summed per deck and study day: what the statistics show, kept by the database beside the logs
 * (version 4) so the statistics page reads days, not a year of logs. Rebuilt from the logs whenever in doubt.
 */
import type { ReviewLog } from '../deck/model.ts';
import { createDayIndexer, currentTimeZone, DEFAULT_ROLLOVER_HOUR, dayStart } from './day.ts';
import { MATURE_INTERVAL_DAYS } from './stages.ts';
import type { ReviewDay } from './stats.ts';

/**
 * One deck's study day as stored: the day's reviews (its `start` placed by `zone` and `rolloverHour`; the
 * summaries are rebuilt when the device's zone changes) and its retention counts.
 */
export interface ReviewDaySummary extends ReviewDay, DayBasis {
	deckId: string;
	/** True retention: the day's first review of each card that was in review; Again fails, the rest pass. */
	youngPassed: number;
	youngFailed: number;
	maturePassed: number;
	matureFailed: number;
}

export interface DayBasis {
	zone: string;
	rolloverHour: number;
}

export function currentBasis(rolloverHour = DEFAULT_ROLLOVER_HOUR): DayBasis {
	return { zone: currentTimeZone(), rolloverHour };
}

/** Whether summaries were counted in the study days `basis` gives (else they must be rebuilt). */
export function countedIn(days: readonly ReviewDaySummary[], basis: DayBasis): boolean {
	return days.every((day) => day.zone === basis.zone && day.rolloverHour === basis.rolloverHour);
}

function emptyDay(deckId: string, start: number, basis: DayBasis): ReviewDaySummary {
	return {
		deckId,
		start,
		...basis,
		learning: 0,
		relearning: 0,
		young: 0,
		mature: 0,
		again: 0,
		durationMs: 0,
		youngPassed: 0,
		youngFailed: 0,
		maturePassed: 0,
		matureFailed: 0
	};
}

/** The summaries of every deck and study day the logs fall in; the logs may come in any order. */
export function summarizeLogs(
	logs: readonly ReviewLog[],
	basis: DayBasis = currentBasis()
): ReviewDaySummary[] {
	const days = new Map<string, ReviewDaySummary>();
	const indexOf = createDayIndexer(basis.rolloverHour);
	const firstOfDay = new Set<string>();
	const sorted = [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt);
	for (const log of sorted) {
		const index = indexOf(log.reviewedAt);
		const key = `${index}\u0000${log.deckId}`;
		let day = days.get(key);
		if (!day) {
			day = emptyDay(log.deckId, dayStart(log.reviewedAt, basis.rolloverHour), basis);
			days.set(key, day);
		}
		const mature = log.scheduledDays >= MATURE_INTERVAL_DAYS;
		if (log.state === 2) day[mature ? 'mature' : 'young']++;
		else if (log.state === 3) day.relearning++;
		else day.learning++;
		if (log.rating === 1) day.again++;
		day.durationMs += log.durationMs;
		const cardDay = `${index}\u0000${log.cardId}`;
		if (firstOfDay.has(cardDay)) continue;
		firstOfDay.add(cardDay);
		if (log.state !== 2) continue;
		const outcome = log.rating === 1 ? 'Failed' : 'Passed';
		day[`${mature ? 'mature' : 'young'}${outcome}`]++;
	}
	return [...days.values()];
}
