import { describe, expect, test } from 'vitest';
import { intervalLabel } from '../../../src/lib/srs/index.ts';
import { DAY, HOUR, MINUTE } from './helpers.ts';

describe('intervalLabel', () => {
	test('Anki-style labels: "<" under the 20-minute learn-ahead, whole units up to days, decimals beyond', () => {
		const cases: [number, string][] = [
			[30_000, '<30s'],
			[MINUTE, '<1m'],
			[6 * MINUTE, '<6m'],
			[10 * MINUTE, '<10m'],
			[25 * MINUTE, '25m'],
			[HOUR, '1h'],
			[5.4 * HOUR, '5h'],
			[DAY, '1d'],
			[4 * DAY, '4d'],
			[21 * DAY, '21d'],
			[92 * DAY, '3mo'],
			[45 * DAY, '1.5mo'],
			[365 * DAY, '1y'],
			[438 * DAY, '1.2y']
		];
		expect(cases.map(([ms]) => intervalLabel(ms))).toEqual(cases.map(([, label]) => label));
	});

	test('without collapsing, ten minutes reads "10m"', () => {
		expect(intervalLabel(10 * MINUTE, { collapseBelowMs: 0 })).toBe('10m');
	});

	test('units and decimal separator follow the catalogue and locale', () => {
		const units = { seconds: 's', minutes: 'min', hours: 'h', days: 'j', months: ' mois', years: ' a' };
		expect([intervalLabel(4 * DAY, { units }), intervalLabel(438 * DAY, { units, locale: 'fr' })]).toEqual([
			'4j',
			'1,2 a'
		]);
	});
});
