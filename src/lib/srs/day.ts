/**
 * The study day. It rolls over at `rolloverHour` (4 a.m. by default) local time, as in Anki, so a late-night
 * session still counts for the evening's day. The local offset comes from `Date`, so it follows the device's
 * time zone and its daylight-saving changes; tests pin `process.env.TZ`.
 */

export const DEFAULT_ROLLOVER_HOUR = 4;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** A local date with the clock turned back by the rollover hour: its calendar day is the study day. */
function studyDate(now: number, rolloverHour: number): Date {
	const date = new Date(now);
	if (date.getHours() < rolloverHour) date.setDate(date.getDate() - 1);
	return date;
}

/** When the study day holding `now` began (epoch ms); `offsetDays` moves to a later (or earlier) study day. */
export function dayStart(now: number, rolloverHour = DEFAULT_ROLLOVER_HOUR, offsetDays = 0): number {
	const date = studyDate(now, rolloverHour);
	if (offsetDays !== 0) date.setDate(date.getDate() + offsetDays);
	date.setHours(rolloverHour, 0, 0, 0);
	return date.getTime();
}

/** When the study day after the one holding `now` begins. */
export function nextDayStart(now: number, rolloverHour = DEFAULT_ROLLOVER_HOUR): number {
	return dayStart(now, rolloverHour, 1);
}

/** The study day as a whole number (days since 1970-01-01 of its calendar date); consecutive days differ by 1. */
export function dayIndex(now: number, rolloverHour = DEFAULT_ROLLOVER_HOUR): number {
	const date = studyDate(now, rolloverHour);
	return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** The device's time zone: study days depend on it. */
export function currentTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const QUARTER_HOUR_MS = 15 * MINUTE_MS;

/**
 * `dayIndex` for many timestamps at once. Every time-zone offset is a multiple of 15 minutes and the rollover
 * is on the hour, so a study day never changes inside a UTC quarter hour: one `Date` per quarter hour suffices.
 */
export function createDayIndexer(rolloverHour = DEFAULT_ROLLOVER_HOUR): (time: number) => number {
	const byQuarter = new Map<number, number>();
	return (time) => {
		const quarter = Math.floor(time / QUARTER_HOUR_MS);
		let index = byQuarter.get(quarter);
		if (index === undefined) {
			index = dayIndex(time, rolloverHour);
			byQuarter.set(quarter, index);
		}
		return index;
	};
}
