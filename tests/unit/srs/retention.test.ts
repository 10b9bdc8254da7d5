// Pinned before any Date is made: the study day follows the local time zone.
process.env.TZ = 'Europe/Paris';

import { describe, expect, test } from 'vitest';
import { retentionRate, summarizeLogs, trueRetention } from '../../../src/lib/srs/index.ts';
import { DAY, log } from './helpers.ts';

const local = (y: number, m: number, d: number, h: number, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();
const NOW = local(2025, 1, 15, 10);

const row = (youngPassed: number, youngFailed: number, maturePassed: number, matureFailed: number) => ({
	young: { passed: youngPassed, failed: youngFailed },
	mature: { passed: maturePassed, failed: matureFailed },
	total: { passed: youngPassed + maturePassed, failed: youngFailed + matureFailed }
});

describe('trueRetention from the day summaries', () => {
	test('a hand-computed example: first review of the study day, review state only, Again fails, 21 days mature', () => {
		const logs = [
			log('c1', local(2025, 1, 15, 9, 30), 3, 1), // not the first of c1's day
			log('c1', local(2025, 1, 15, 9), 2, 3, 30), // today, mature pass
			log('c2', local(2025, 1, 15, 8), 2, 1, 5), // today, young fail
			log('c2', local(2025, 1, 15, 8, 10), 3, 3),
			log('c3', local(2025, 1, 14, 20), 2, 3, 10), // yesterday, young pass
			log('c3', local(2025, 1, 15, 2), 2, 1, 10), // 2 a.m. is still yesterday: not the first
			log('c4', local(2025, 1, 12, 12), 2, 1, 21), // 3 days ago, mature fail (21 days is mature)
			log('c5', local(2025, 1, 5, 12), 1, 3), // learning: not counted
			log('c1', local(2024, 12, 26, 12), 2, 3, 12), // 20 days ago, young pass
			log('c6', NOW - 100 * DAY, 2, 4, 40), // 100 days ago, mature pass
			log('c7', NOW - 400 * DAY, 2, 2, 3) // 400 days ago, young pass (Hard passes)
		];
		expect(trueRetention(summarizeLogs(logs), NOW)).toEqual({
			today: row(0, 1, 1, 0),
			yesterday: row(1, 0, 0, 0),
			week: row(1, 1, 1, 1),
			month: row(2, 1, 1, 1),
			year: row(2, 1, 2, 1),
			all: row(3, 1, 2, 1)
		});
		expect(retentionRate(trueRetention(summarizeLogs(logs), NOW).all.total)).toBe(5 / 7);
	});

	test('no reviews: a rate of null rather than 0 or NaN', () => {
		expect(retentionRate(trueRetention([], NOW).today.total)).toBeNull();
	});
});
