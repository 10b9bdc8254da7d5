// Pinned before any Date is made: study-day maths use the local offset (vitest runs files in separate processes).
process.env.TZ = 'Europe/Paris';

import { describe, expect, test } from 'vitest';
import { createDayIndexer, dayIndex, dayStart, nextDayStart } from '../../../src/lib/srs/index.ts';
import { HOUR, MINUTE } from './helpers.ts';

// Local wall-clock times in Paris, built with the local Date constructor.
const local = (y: number, m: number, d: number, h: number, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();

describe('study day', () => {
	test('the time zone is pinned for this file', () => {
		expect(new Date(local(2025, 1, 15, 12)).toISOString()).toBe('2025-01-15T11:00:00.000Z');
	});

	test('rolls over at 4 a.m.: 3:59 belongs to the day before, 4:01 to the new day', () => {
		const before = local(2025, 1, 15, 3, 59);
		const after = local(2025, 1, 15, 4, 1);
		expect(dayStart(before)).toBe(local(2025, 1, 14, 4));
		expect(dayStart(after)).toBe(local(2025, 1, 15, 4));
		expect(dayIndex(after) - dayIndex(before)).toBe(1);
		expect(nextDayStart(before)).toBe(local(2025, 1, 15, 4));
	});

	test('late evening and just after midnight are the same study day', () => {
		expect(dayIndex(local(2025, 1, 15, 23, 30))).toBe(dayIndex(local(2025, 1, 16, 1, 30)));
	});

	test('the rollover hour can be changed', () => {
		expect(dayStart(local(2025, 1, 15, 0, 30), 0)).toBe(local(2025, 1, 15, 0));
		expect(dayStart(local(2025, 1, 15, 5, 30), 6)).toBe(local(2025, 1, 14, 6));
	});

	test('a day across the spring daylight-saving change lasts 23 hours and still rolls over at 4 a.m.', () => {
		const saturday = local(2025, 3, 29, 12);
		expect(nextDayStart(saturday) - dayStart(saturday)).toBe(23 * HOUR);
		expect(nextDayStart(saturday)).toBe(local(2025, 3, 30, 4));
		expect(dayIndex(local(2025, 3, 30, 12)) - dayIndex(saturday)).toBe(1);
	});

	test('offsetDays moves whole study days, back and forward', () => {
		const now = local(2025, 1, 15, 12);
		expect(dayStart(now, 4, -2)).toBe(local(2025, 1, 13, 4));
		expect(dayStart(now, 4, 30)).toBe(local(2025, 2, 14, 4));
	});

	test('the day indexer agrees with dayIndex around the rollover and over several days', () => {
		const indexOf = createDayIndexer();
		const times = Array.from({ length: 400 }, (_, i) => local(2025, 3, 28, 0) + i * 17 * MINUTE);
		expect(times.map(indexOf)).toEqual(times.map((t) => dayIndex(t)));
	});
});
