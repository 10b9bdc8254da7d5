process.env.TZ = 'Europe/Paris';

import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Card } from '../../../src/lib/deck/model.ts';
import { exportAllStores, listCards, saveDeck, updateSettings } from '../../../src/lib/db/index.ts';
import { loadStats, openStudySession, setAppBadge, studyOverview } from '../../../src/lib/study/index.ts';
import { DAY, makeCard, makeDeck } from '../db/builders.ts';
import { resetDatabase } from '../db/fake-idb.ts';

const MINUTE = 60_000;
// 10:00 local time: far from the 4 a.m. rollover.
const START = new Date(2025, 2, 10, 10).getTime();

beforeEach(resetDatabase);

function clockAt(start = START) {
	const clock = { now: start, tick: (ms: number) => (clock.now += ms), read: () => clock.now };
	return clock;
}

const newCards = (deckId: string, n: number): Card[] =>
	Array.from({ length: n }, (_, i) => ({
		...makeCard(deckId, `${deckId}-${i + 1}`),
		sibling: `${deckId}-s${i}`
	}));

async function deck(id: string, n: number): Promise<Card[]> {
	const cards = newCards(id, n);
	await saveDeck(makeDeck(id), cards);
	return cards;
}

describe('openStudySession and rate', () => {
	it('studies a deck until the queue is empty; each rating is stored before the next card', async () => {
		await deck('d1', 3);
		const clock = clockAt();
		const session = await openStudySession('d1', clock.read);
		expect(session.counts).toEqual({ newCount: 3, learningCount: 0, reviewCount: 0 });
		const seen: string[] = [];
		while (session.current) {
			seen.push(session.current.id);
			expect(await session.rate(4, 3000)).toBe('saved');
			clock.tick(5000);
		}
		expect(seen).toEqual(['d1-1', 'd1-2', 'd1-3']);
		expect(session.counts).toEqual({ newCount: 0, learningCount: 0, reviewCount: 0 });
		expect(session.summary).toEqual({ reviewed: 3, byRating: { 1: 0, 2: 0, 3: 0, 4: 3 }, durationMs: 9000 });
		const stored = await exportAllStores();
		expect(stored.reviewLogs.map((log) => log.cardId).sort()).toEqual(seen);
		expect(stored.cards.every((card) => card.srs.state === 2)).toBe(true);

		const reopened = await openStudySession('d1', clock.read);
		expect(reopened.current).toBeUndefined();
		expect(reopened.nextDue()).toBe(
			Math.min(...stored.cards.map((c) => new Date(c.srs.due).setHours(4, 0, 0, 0)))
		);
	});

	it('respects the new-card limit from the settings, across sessions of the day', async () => {
		await deck('d1', 5);
		await updateSettings({ newCardsPerDay: 2 });
		const clock = clockAt();
		const session = await openStudySession('d1', clock.read);
		expect(session.counts.newCount).toBe(2);
		await session.rate(4);
		const again = await openStudySession('d1', clock.read);
		expect(again.counts.newCount).toBe(1);
	});

	it('shows a learning card again once due, and learn-ahead shows it early when nothing else is left', async () => {
		await deck('d1', 1);
		const clock = clockAt();
		const session = await openStudySession('d1', clock.read);
		await session.rate(1);
		// Again puts it 1 minute away: within the 20-minute learn-ahead, so it is offered at once.
		expect(session.current?.id).toBe('d1-1');
		expect(session.counts).toEqual({ newCount: 0, learningCount: 1, reviewCount: 0 });
		await session.rate(3);
		// Good moves it to the 10-minute step: still learn-ahead.
		expect(session.current?.srs.state).toBe(1);
		await session.rate(3);
		expect(session.current).toBeUndefined();
	});

	it('caps the time taken at a minute', async () => {
		await deck('d1', 1);
		const session = await openStudySession('d1', clockAt().read);
		await session.rate(3, 10 * MINUTE);
		expect((await exportAllStores()).reviewLogs[0]?.durationMs).toBe(MINUTE);
	});
});

describe('undo', () => {
	it('restores the card, removes its log and shows the card again', async () => {
		const [first] = await deck('d1', 2);
		const clock = clockAt();
		const session = await openStudySession('d1', clock.read);
		await session.rate(4);
		expect(session.current?.id).toBe('d1-2');
		clock.tick(MINUTE);
		expect(await session.undo()).toBe('saved');
		expect(session.current).toEqual({ ...first, updatedAt: clock.now });
		expect(session.canUndo).toBe(false);
		expect(session.summary.reviewed).toBe(0);
		const stored = await exportAllStores();
		expect(stored.reviewLogs).toEqual([]);
		expect(stored.cards.find((c) => c.id === 'd1-1')?.srs).toEqual(first?.srs);
	});
});

describe('two tabs', () => {
	it('a card rated in another tab is not rolled back nor logged twice', async () => {
		await deck('d1', 2);
		const clock = clockAt();
		const tabA = await openStudySession('d1', clock.read);
		const tabB = await openStudySession('d1', clock.read);
		await tabA.rate(4);
		clock.tick(1000);
		expect(await tabB.rate(1)).toBe('stale');
		expect(tabB.current?.id).toBe('d1-2');
		const stored = await exportAllStores();
		expect(stored.reviewLogs).toHaveLength(1);
		expect(stored.cards.find((c) => c.id === 'd1-1')?.srs.state).toBe(2);
	});
});

describe('suspend, edit, delete', () => {
	it('suspends a card (kept, out of the queue), edits one (progress kept), deletes one', async () => {
		await deck('d1', 3);
		const session = await openStudySession('d1', clockAt().read);
		await session.suspend();
		expect(session.current?.id).toBe('d1-2');
		await session.edit({ ...session.current!, prompt: 'Edited?' });
		expect(session.current?.prompt).toBe('Edited?');
		await session.remove();
		expect(session.current?.id).toBe('d1-3');
		const stored = await listCards('d1');
		expect(stored.map((c) => [c.id, c.suspended, c.prompt])).toEqual([
			['d1-1', true, 'Question d1-1?'],
			['d1-3', false, 'Question d1-3?']
		]);
	});
});

describe('quiz priority', () => {
	it('cards a quiz marked come first, even past the new-card limit, and lose the mark once rated', async () => {
		const cards = newCards('d1', 4);
		cards[3] = { ...cards[3]!, priority: 1 };
		await saveDeck(makeDeck('d1'), cards);
		await updateSettings({ newCardsPerDay: 2 });
		const session = await openStudySession('d1', clockAt().read);
		expect(session.current?.id).toBe('d1-4');
		await session.rate(3);
		expect((await listCards('d1')).find((c) => c.id === 'd1-4')?.priority).toBeUndefined();
	});
});

describe('desired retention', () => {
	it('applies to ratings made after the change only', async () => {
		await deck('d1', 2);
		const clock = clockAt();
		const first = await openStudySession('d1', clock.read);
		await first.rate(4);
		const before = (await listCards('d1')).find((c) => c.id === 'd1-1')!;
		await updateSettings({ desiredRetention: 0.8 });
		const second = await openStudySession('d1', clock.read);
		expect(second.scheduler.settings.desiredRetention).toBe(0.8);
		expect((await listCards('d1')).find((c) => c.id === 'd1-1')).toEqual(before);
	});
});

describe('studyOverview', () => {
	it('counts each deck with its own limits, all decks together, and the badge', async () => {
		await deck('d1', 3);
		await deck('d2', 2);
		await saveDeck(makeDeck('d3'), [
			{
				...makeCard('d3', 'r'),
				srs: {
					...makeCard('d3', 'r').srs,
					state: 2,
					due: START - DAY,
					reps: 2,
					scheduledDays: 3,
					lastReview: START - 4 * DAY
				}
			}
		]);
		await updateSettings({ newCardsPerDay: 2 });
		expect(await studyOverview(START)).toEqual({
			byDeck: {
				d1: { newCount: 2, learningCount: 0, reviewCount: 0 },
				d2: { newCount: 2, learningCount: 0, reviewCount: 0 },
				d3: { newCount: 0, learningCount: 0, reviewCount: 1 }
			},
			all: { newCount: 2, learningCount: 0, reviewCount: 1 },
			decksToStudy: 3,
			badgeCount: 1
		});
	});
});

describe('loadStats', () => {
	it('gives counts, 30 days of reviews and forecast, and retention for one deck', async () => {
		await deck('d1', 2);
		await deck('d2', 1);
		const session = await openStudySession('d1', clockAt().read);
		await session.rate(3);
		const stats = await loadStats('d1', START);
		expect(stats.counts).toEqual({
			new: 1,
			learning: 1,
			relearning: 0,
			young: 0,
			mature: 0,
			suspended: 0,
			total: 2
		});
		expect(stats.reviews).toHaveLength(30);
		expect(stats.reviews.at(-1)?.learning).toBe(1);
		expect(stats.forecast[0]?.count).toBe(1);
		// A first review of a new card is not a review of a card in review: retention has nothing yet.
		expect(stats.retention.all.total).toEqual({ passed: 0, failed: 0 });
	});
});

describe('setAppBadge', () => {
	it('sets the count where supported, clears at zero, and is a no-op elsewhere', async () => {
		const calls: unknown[] = [];
		const nav = {
			setAppBadge: async (n?: number) => void calls.push(['set', n]),
			clearAppBadge: async () => void calls.push(['clear'])
		};
		expect(await setAppBadge(4, nav)).toBe(true);
		expect(await setAppBadge(0, nav)).toBe(true);
		expect(await setAppBadge(4, {})).toBe(false);
		expect(calls).toEqual([['set', 4], ['clear']]);
	});

	it('swallows a refusal', async () => {
		const nav = { setAppBadge: () => Promise.reject(new Error('NotAllowedError')) };
		expect(await setAppBadge(2, nav)).toBe(false);
	});
});

describe('nextDue', () => {
	it('counts review cards not loaded for the day: the next one is due at the start of its study day', async () => {
		const later = {
			...makeCard('d1', 'later'),
			srs: {
				...makeCard('d1', 'later').srs,
				state: 2 as const,
				due: START + 3 * DAY,
				reps: 3,
				stability: 5,
				scheduledDays: 5,
				lastReview: START - 2 * DAY
			}
		};
		await saveDeck(makeDeck('d1'), [later]);
		const session = await openStudySession('d1', clockAt().read);
		expect(session.counts).toEqual({ newCount: 0, learningCount: 0, reviewCount: 0 });
		expect(session.nextDue()).toBe(new Date(2025, 2, 13, 4).getTime());
	});
});
