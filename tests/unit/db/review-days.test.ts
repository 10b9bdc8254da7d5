// Pinned before any Date is made: study days follow the local time zone.
process.env.TZ = 'Europe/Paris';

import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../../src/lib/deck/model.ts';
import {
	deleteCard,
	deleteDeck,
	exportAllStores,
	listCards,
	listReviewDays,
	mergeIntoStores,
	recordReview,
	replaceAllStores,
	saveDeck,
	undoReview
} from '../../../src/lib/db/index.ts';
import { keepOnMerge } from '../../../src/lib/backup/index.ts';
import { currentBasis, Scheduler, summarizeLogs, type ReviewDaySummary } from '../../../src/lib/srs/index.ts';
import { DAY, makeCard, makeDeck, NOW } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

const HOUR = 3_600_000;
const byKey = (a: ReviewDaySummary, b: ReviewDaySummary) =>
	a.start - b.start || a.deckId.localeCompare(b.deckId);

/** The stored summaries, and the summaries counted afresh from every stored log: they must agree. */
async function summaries(): Promise<[ReviewDaySummary[], ReviewDaySummary[]]> {
	const { reviewLogs } = await exportAllStores();
	return [(await listReviewDays(undefined)).sort(byKey), summarizeLogs(reviewLogs).sort(byKey)];
}

/** Rates `card` at each time given (Good, then Again for every third), as a study session does. */
async function study(card: Card, times: number[]): Promise<Card> {
	let current = card;
	for (const [i, at] of times.entries()) {
		const rated = new Scheduler({ enableFuzz: false }, () => at).rate(current, i % 3 === 2 ? 1 : 3, at, 4000);
		expect(await recordReview(rated.card, rated.log)).toEqual({ status: 'saved' });
		current = rated.card;
	}
	return current;
}

async function history(): Promise<Card[]> {
	const cards = ['a', 'b', 'c'].map((id) => makeCard('d1', id));
	await saveDeck(makeDeck('d1'), cards);
	await saveDeck(makeDeck('d2'), [makeCard('d2', 'z')]);
	const times = [NOW - 20 * DAY, NOW - 20 * DAY + HOUR, NOW - 9 * DAY, NOW - 2 * DAY, NOW - DAY, NOW];
	await study(cards[0]!, times);
	await study(cards[1]!, times.slice(1));
	await study(makeCard('d2', 'z'), times.slice(2));
	return listCards('d1');
}

describe('the per-day review summaries', () => {
	it('are kept in step with ratings, and agree with the logs counted afresh', async () => {
		await history();
		const [stored, fresh] = await summaries();
		expect(stored.length).toBeGreaterThan(4);
		expect(stored).toEqual(fresh);
		expect(stored.reduce((sum, day) => sum + day.young + day.mature + day.learning + day.relearning, 0)).toBe(
			(await exportAllStores()).reviewLogs.length
		);
	});

	it('follow an undo', async () => {
		const [card] = await history();
		const scheduler = new Scheduler({ enableFuzz: false }, () => NOW + HOUR);
		const rated = scheduler.rate(card!, 4, NOW + HOUR, 3000);
		await recordReview(rated.card, rated.log);
		const { card: previous, deleteLogId } = scheduler.undo(rated);
		expect(await undoReview(previous, deleteLogId)).toEqual({ status: 'saved' });
		const [stored, fresh] = await summaries();
		expect(stored).toEqual(fresh);
	});

	it('follow deleting a card, regenerating a deck without one, and deleting a deck', async () => {
		const [a, b] = await history();
		await deleteCard(a!.id);
		const [afterDelete, freshAfterDelete] = await summaries();
		expect(afterDelete).toEqual(freshAfterDelete);
		// Regenerated without b: b's logs go, so d1's days go too (only a and b were studied).
		await saveDeck(makeDeck('d1'), [makeCard('d1', 'c')]);
		const [afterRegeneration, fresh] = await summaries();
		expect(afterRegeneration).toEqual(fresh);
		expect(afterRegeneration.every((day) => day.deckId === 'd2')).toBe(true);
		expect(b?.srs.reps).toBeGreaterThan(0);
		await deleteDeck('d2');
		expect(await summaries()).toEqual([[], []]);
	});

	it('are counted from the incoming logs on a restore, and follow a merge', async () => {
		await history();
		const dump = await exportAllStores();
		await resetDatabase();
		await replaceAllStores(dump);
		const [restored, fresh] = await summaries();
		expect(restored).toEqual(fresh);
		expect(restored.length).toBeGreaterThan(4);

		const [log] = dump.reviewLogs;
		const moved = { ...log!, id: 'other-tab', reviewedAt: log!.reviewedAt + 3 * DAY };
		await mergeIntoStores({ ...dump, reviewLogs: [...dump.reviewLogs, moved] }, keepOnMerge);
		const [merged, freshAfter] = await summaries();
		expect(merged).toEqual(freshAfter);
		expect(merged).not.toEqual(restored);
	});

	it('are counted again when the device moves to another time zone', async () => {
		await history();
		const [before] = await summaries();
		const basis = { ...currentBasis(), zone: 'America/New_York' };
		process.env.TZ = basis.zone;
		try {
			const moved = await listReviewDays(undefined, basis);
			expect(moved.every((day) => day.zone === 'America/New_York')).toBe(true);
			expect(moved.map((day) => day.start)).not.toEqual(before.map((day) => day.start));
			expect(moved.sort(byKey)).toEqual(
				summarizeLogs((await exportAllStores()).reviewLogs, basis).sort(byKey)
			);
		} finally {
			process.env.TZ = 'Europe/Paris';
		}
	});
});
