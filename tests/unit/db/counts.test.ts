// Pinned before any Date is made: study days follow the local time zone.
process.env.TZ = 'Europe/Paris';

import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card, SchedulingState } from '../../../src/lib/deck/model.ts';
import { listDecks, saveDeck, tallyCards } from '../../../src/lib/db/index.ts';
import { dayStarts } from '../../../src/lib/srs/index.ts';
import { makeCard, makeDeck } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const local = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h).getTime();
const NOW = local(2025, 1, 15, 10);

const card = (deckId: string, id: string, srs: Partial<SchedulingState>, suspended = false): Card => {
	const base = makeCard(deckId, id, { reps: 3, stability: 5, difficulty: 5, lastReview: NOW - DAY, ...srs });
	return { ...base, suspended };
};
const review = (id: string, due: number, scheduledDays = 5, suspended = false) =>
	card('d1', id, { state: 2, due, scheduledDays }, suspended);

describe('tallyCards', () => {
	const cards = [
		card('d1', 'n1', { state: 0, reps: 0 }),
		card('d1', 'n2', { state: 0, reps: 0 }),
		card('d1', 'learning', { state: 1, due: NOW + HOUR }),
		card('d1', 'relearning', { state: 3, due: NOW - HOUR }),
		review('overdue', NOW - 3 * DAY),
		review('before-4am', local(2025, 1, 16, 3), 21),
		review('tomorrow', local(2025, 1, 16, 22)),
		review('in-29-days', local(2025, 2, 13, 12), 40),
		review('in-30-days', local(2025, 2, 14, 12)),
		review('suspended', NOW, 40, true),
		card('d2', 'other-deck', { state: 2, due: NOW, scheduledDays: 30 })
	];

	it('counts by stage (young and mature split at 21 days; suspended apart) and by the day cards fall due', async () => {
		await saveDeck(
			makeDeck('d1'),
			cards.filter((c) => c.deckId === 'd1')
		);
		await saveDeck(
			makeDeck('d2'),
			cards.filter((c) => c.deckId === 'd2')
		);
		const starts = dayStarts(NOW, 0, 31);
		const deck = await tallyCards('d1', starts.slice(1));
		expect(deck).toEqual({
			stages: { new: 2, learning: 1, relearning: 1, young: 3, mature: 2 },
			suspended: 1,
			total: 10,
			due: [4, 1, ...Array<number>(27).fill(0), 1]
		});
		const all = await tallyCards(undefined, starts.slice(1));
		expect(all.stages.mature).toBe(3);
		expect(all.total).toBe(11);
		expect(all.due[0]).toBe(5);
	});

	it('gives the home page the same counts through the same index', async () => {
		await saveDeck(
			makeDeck('d1'),
			cards.filter((c) => c.deckId === 'd1')
		);
		expect((await listDecks(NOW))[0]?.counts).toEqual({ total: 10, new: 2, learning: 1, due: 1 });
	});
});
