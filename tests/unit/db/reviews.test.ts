import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card, ReviewLog } from '../../../src/lib/deck/model.ts';
import {
	exportAllStores,
	listCards,
	listReviewLogs,
	putCard,
	recordReview,
	saveDeck,
	undoReview
} from '../../../src/lib/db/index.ts';
import { Scheduler } from '../../../src/lib/srs/index.ts';
import { DAY, makeCard, makeDeck, makeLog, NOW } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

const scheduler = new Scheduler({ enableFuzz: false }, () => NOW);

async function seeded(): Promise<Card> {
	const card = makeCard('d1', 'a');
	await saveDeck(makeDeck('d1'), [card, makeCard('d1', 'b')]);
	return card;
}

const logs = async () => (await exportAllStores()).reviewLogs;

describe('recordReview', () => {
	it("writes the card's new state and its log together", async () => {
		const card = await seeded();
		const rated = scheduler.rate(card, 3, NOW, 5000);
		expect(await recordReview(rated.card, rated.log)).toEqual({ status: 'saved' });
		expect((await listCards('d1')).find((c) => c.id === 'a')).toEqual(rated.card);
		expect(await logs()).toEqual([rated.log]);
	});

	it('writing the same review twice (two tabs) keeps one log and the same card', async () => {
		const card = await seeded();
		const rated = scheduler.rate(card, 3, NOW);
		await recordReview(rated.card, rated.log);
		expect(await recordReview(rated.card, rated.log)).toEqual({ status: 'saved' });
		expect(await logs()).toEqual([rated.log]);
		expect((await listCards('d1')).find((c) => c.id === 'a')).toEqual(rated.card);
	});

	it('refuses to roll a card back when another tab rated it since', async () => {
		const card = await seeded();
		const otherTab = scheduler.rate(card, 4, NOW + 1000);
		await recordReview(otherTab.card, otherTab.log);
		const thisTab = scheduler.rate(card, 1, NOW + 2000);
		expect(await recordReview(thisTab.card, thisTab.log)).toEqual({ status: 'stale', stored: otherTab.card });
		expect((await listCards('d1')).find((c) => c.id === 'a')).toEqual(otherTab.card);
		expect(await logs()).toEqual([otherTab.log]);
	});

	it('keeps content edited meanwhile and clears a quiz priority', async () => {
		const card = { ...(await seeded()), priority: 2 };
		await putCard({ ...card, prompt: 'Edited?' });
		const rated = scheduler.rate(card, 3, NOW);
		await recordReview({ ...rated.card, priority: undefined }, rated.log);
		const { priority: _, ...withoutPriority } = rated.card;
		expect((await listCards('d1')).find((c) => c.id === 'a')).toEqual({
			...withoutPriority,
			prompt: 'Edited?'
		});
	});

	it('says when the card was deleted and writes nothing', async () => {
		await seeded();
		const rated = scheduler.rate(makeCard('d1', 'gone'), 3, NOW);
		expect(await recordReview(rated.card, rated.log)).toEqual({ status: 'missing' });
		expect(await logs()).toEqual([]);
	});
});

describe('undoReview', () => {
	it("restores the card's previous state and removes the log", async () => {
		const card = await seeded();
		const rated = scheduler.rate(card, 3, NOW);
		await recordReview(rated.card, rated.log);
		const undone = scheduler.undo(rated, NOW + 1000);
		expect(await undoReview(undone.card, undone.deleteLogId)).toEqual({ status: 'saved' });
		expect((await listCards('d1')).find((c) => c.id === 'a')).toEqual(undone.card);
		expect(await logs()).toEqual([]);
	});

	it('is refused when the card was rated again since', async () => {
		const card = await seeded();
		const first = scheduler.rate(card, 1, NOW);
		await recordReview(first.card, first.log);
		const second = scheduler.rate(first.card, 3, NOW + 60_000);
		await recordReview(second.card, second.log);
		const undone = scheduler.undo(first, NOW + 120_000);
		expect(await undoReview(undone.card, undone.deleteLogId)).toEqual({
			status: 'stale',
			stored: second.card
		});
		expect(await logs()).toEqual([first.log, second.log]);
	});
});

describe('listReviewLogs', () => {
	async function history(): Promise<ReviewLog[]> {
		const a = makeCard('d1', 'a');
		const b = makeCard('d2', 'b');
		await saveDeck(makeDeck('d1'), [a]);
		await saveDeck(makeDeck('d2'), [b]);
		const written = [
			makeLog(b, 'b:1', NOW - 3 * DAY),
			makeLog(a, 'a:1', NOW - 2 * DAY),
			makeLog(a, 'a:2', NOW),
			makeLog(b, 'b:2', NOW - DAY)
		];
		for (const log of written) {
			const card = log.cardId === 'a' ? a : b;
			await recordReview({ ...card, srs: { ...card.srs, reps: 1, lastReview: log.reviewedAt } }, log);
			await putCard(card);
		}
		return written;
	}

	it('lists the logs since a time, of every deck or one, in time order', async () => {
		const [b1, a1, a2, b2] = await history();
		expect(await listReviewLogs(undefined, -Infinity)).toEqual([b1, a1, b2, a2]);
		expect(await listReviewLogs('d1', -Infinity)).toEqual([a1, a2]);
		expect(await listReviewLogs(undefined, NOW - DAY)).toEqual([b2, a2]);
		expect(await listReviewLogs('d2', NOW - DAY)).toEqual([b2]);
	});
});
