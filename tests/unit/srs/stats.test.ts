// Pinned before any Date is made: the study day follows the local time zone.
process.env.TZ = 'Europe/Paris';

import { describe, expect, test } from 'vitest';
import { dayStart, reviewsPerDay, summarizeLogs } from '../../../src/lib/srs/index.ts';
import { DAY, HOUR, log } from './helpers.ts';

const local = (y: number, m: number, d: number, h: number, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();
const NOW = local(2025, 1, 15, 10);

describe('reviewsPerDay from the day summaries', () => {
	test('30 study-day buckets, oldest first; logs land by the 4 a.m. rule and by the state before review', () => {
		const logs = [
			{ ...log('a', NOW - HOUR, 0, 1), durationMs: 3000 },
			log('b', NOW - 2 * HOUR, 2, 3, 30),
			log('c', local(2025, 1, 15, 3, 59), 3),
			log('d', local(2024, 12, 17, 12), 2, 2, 4),
			log('too-old', local(2024, 12, 16, 12), 2),
			log('future', NOW + 2 * DAY, 2)
		];
		const days = reviewsPerDay(summarizeLogs(logs), NOW);
		expect(days).toHaveLength(30);
		const empty = { learning: 0, relearning: 0, young: 0, mature: 0, again: 0, durationMs: 0 };
		expect([days[0], days[27], days[28], days[29]]).toEqual([
			{ ...empty, start: local(2024, 12, 17, 4), young: 1, durationMs: 1000 },
			{ ...empty, start: local(2025, 1, 13, 4) },
			{ ...empty, start: local(2025, 1, 14, 4), relearning: 1, durationMs: 1000 },
			{ ...empty, start: dayStart(NOW), learning: 1, mature: 1, again: 1, durationMs: 4000 }
		]);
		const total = days.reduce((sum, d) => sum + d.learning + d.relearning + d.young + d.mature, 0);
		expect(total).toBe(4);
	});
});
