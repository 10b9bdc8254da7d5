// Pinned before any Date is made: the study day follows the local time zone.
process.env.TZ = 'Europe/Paris';

import { describe, expect, test } from 'vitest';
import type { Card } from '../../../src/lib/deck/model.ts';
import { buildQueue, counts, queueOrder, type StudyQueue } from '../../../src/lib/srs/index.ts';
import { DAY, HOUR, MINUTE, card, learningCard, log, reviewCard } from './helpers.ts';

const local = (y: number, m: number, d: number, h: number, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();
const NOW = local(2025, 1, 15, 10);

const ids = (queue: StudyQueue) => ({
	learning: queue.learning.map((c) => c.id),
	review: queue.review.map((c) => c.id),
	new: queue.new.map((c) => c.id),
	learnAhead: queue.learnAhead.map((c) => c.id)
});
const newCards = (prefix: string, n: number, extra: Partial<Card> = {}) =>
	Array.from({ length: n }, (_, i) => card(`${prefix}${i + 1}`, {}, extra));

describe('buildQueue', () => {
	test('learning due now first, then reviews due today, then new cards in card order; learn-ahead last', () => {
		const cards = [
			card('new1'),
			reviewCard('rev-late', local(2025, 1, 16, 2)),
			learningCard('learn2', NOW - MINUTE),
			reviewCard('rev-early', NOW - 3 * DAY),
			card('new2'),
			learningCard('learn1', NOW - 5 * MINUTE),
			learningCard('ahead', NOW + 15 * MINUTE),
			learningCard('later', NOW + 30 * MINUTE),
			reviewCard('tomorrow', local(2025, 1, 16, 4, 1)),
			reviewCard('suspended', NOW - DAY, 5, { suspended: true }),
			card('new-suspended', {}, { suspended: true })
		];
		const queue = buildQueue(cards, [], NOW);
		expect(ids(queue)).toEqual({
			learning: ['learn1', 'learn2'],
			review: ['rev-early', 'rev-late'],
			new: ['new1', 'new2'],
			learnAhead: ['ahead']
		});
		expect(queueOrder(queue).map((c) => c.id)).toEqual([
			'learn1',
			'learn2',
			'rev-early',
			'rev-late',
			'new1',
			'new2',
			'ahead'
		]);
	});

	test('new cards are limited per day, minus those introduced today (yesterday’s do not count)', () => {
		const logs = [
			log('old1', NOW - 2 * HOUR, 0),
			log('old2', NOW - HOUR, 0),
			log('old3', local(2025, 1, 15, 3, 59), 0)
		];
		const queue = buildQueue(newCards('n', 10), logs, NOW, { newCardsPerDay: 3 });
		expect(ids(queue).new).toEqual(['n1']);
		expect(buildQueue(newCards('n', 10), logs, NOW, { newCardsPerDay: 1 }).new).toEqual([]);
	});

	test('reviews are capped at the maximum per day, minus reviews done today', () => {
		const reviews = [3, 1, 2, 4].map((d) => reviewCard(`r${d}`, NOW - d * DAY));
		const logs = [log('done', NOW - HOUR, 2), log('relearnt', NOW - HOUR, 3)];
		expect(ids(buildQueue(reviews, logs, NOW, { maxReviewsPerDay: 3 })).review).toEqual(['r4', 'r3']);
	});

	test('siblings of a card studied today are buried until 4 a.m.; the studied card carries on', () => {
		const cards = [
			learningCard('a1', NOW - MINUTE, { sibling: 'fact-a' }),
			card('a2', {}, { sibling: 'fact-a' }),
			reviewCard('a3', NOW - DAY, 5, { sibling: 'fact-a' }),
			card('b1', {}, { sibling: 'fact-b' })
		];
		const logs = [log('a1', NOW - 10 * MINUTE, 0)];
		expect(ids(buildQueue(cards, logs, NOW))).toEqual({
			learning: ['a1'],
			review: [],
			new: ['b1'],
			learnAhead: []
		});

		const cardsTomorrow = [
			reviewCard('a3', NOW - DAY, 5, { sibling: 'fact-a' }),
			card('a2', {}, { sibling: 'fact-a' })
		];
		const tomorrow = local(2025, 1, 16, 4, 1);
		expect(ids(buildQueue(cardsTomorrow, logs, tomorrow)).review).toEqual(['a3']);
	});

	test('one queue introduces at most one card of a sibling group', () => {
		const cards = [
			card('n1', {}, { sibling: 'f' }),
			reviewCard('r1', NOW - DAY, 5, { sibling: 'f' }),
			card('n2', {}, { sibling: 'f' }),
			card('g1', {}, { sibling: 'g' }),
			card('g2', {}, { sibling: 'g' }),
			card('loner')
		];
		expect(ids(buildQueue(cards, [], NOW))).toEqual({
			learning: [],
			review: ['r1'],
			new: ['g1', 'loner'],
			learnAhead: []
		});
	});

	test('learn-ahead: only learning cards due within 20 minutes, and only after everything else', () => {
		const cards = [
			learningCard('in21', NOW + 21 * MINUTE),
			learningCard('in20', NOW + 20 * MINUTE),
			card('n')
		];
		const queue = buildQueue(cards, [], NOW);
		expect(queueOrder(queue).map((c) => c.id)).toEqual(['n', 'in20']);
		expect(buildQueue(cards, [], NOW, { learnAheadMs: 0 }).learnAhead).toEqual([]);
	});

	test('counts are what the queue holds; learning includes learn-ahead', () => {
		const cards = [
			...newCards('n', 25),
			learningCard('l1', NOW),
			learningCard('l2', NOW + 10 * MINUTE),
			reviewCard('r1', NOW - DAY),
			reviewCard('r2', NOW + 2 * HOUR),
			reviewCard('r3', NOW + 2 * DAY)
		];
		expect(counts(cards, [log('x', NOW - HOUR, 0)], NOW)).toEqual({
			newCount: 19,
			learningCount: 2,
			reviewCount: 2
		});
	});
});
