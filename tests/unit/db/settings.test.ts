import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../../src/lib/db/index.ts';
import { normalizeSettings } from '../../../src/lib/db/settings.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

describe('settings', () => {
	it('reads the defaults before anything is stored', async () => {
		expect(await getSettings()).toEqual({
			textSize: 'medium',
			desiredRetention: 0.9,
			newCardsPerDay: 20,
			maxReviewsPerDay: 200,
			maximumIntervalDays: 36500,
			defaultDeckSeeded: false,
			persistRequested: false
		});
	});

	it('applies a patch, returns the new settings and keeps them', async () => {
		const updated = await updateSettings({ textSize: 'large', desiredRetention: 0.85 });
		expect(updated).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large', desiredRetention: 0.85 });
		await updateSettings({ newCardsPerDay: 5 });
		expect(await getSettings()).toEqual({ ...updated, newCardsPerDay: 5 });
	});

	it('reads missing, unknown and mistyped keys as defaults', () => {
		expect(
			normalizeSettings({
				textSize: 'huge',
				desiredRetention: Number.NaN,
				newCardsPerDay: 7,
				theme: 'dark'
			} as never)
		).toEqual({ ...DEFAULT_SETTINGS, newCardsPerDay: 7 });
	});
});
