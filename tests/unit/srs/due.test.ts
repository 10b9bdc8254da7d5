// Pinned before any Date is made: the study day follows the local time zone.
process.env.TZ = 'Europe/Paris';

import { describe, expect, test } from 'vitest';
import { dueBadgeCount, nextDue } from '../../../src/lib/srs/index.ts';
import { DAY, MINUTE, card, learningCard, reviewCard } from './helpers.ts';

const local = (y: number, m: number, d: number, h: number, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();
const NOW = local(2025, 1, 15, 10);

describe('nextDue', () => {
	test('a learning card is next at its due time', () => {
		const cards = [learningCard('l', NOW + 45 * MINUTE), reviewCard('r', local(2025, 1, 16, 20))];
		expect(nextDue(cards, NOW)).toBe(NOW + 45 * MINUTE);
	});

	test('a review card is next when its study day begins', () => {
		expect(nextDue([reviewCard('r', local(2025, 1, 18, 20))], NOW)).toBe(local(2025, 1, 18, 4));
	});

	test('new cards and due cards held back by a limit or burying come back tomorrow at 4 a.m.', () => {
		const tomorrow = local(2025, 1, 16, 4);
		expect([nextDue([card('n')], NOW), nextDue([reviewCard('r', NOW - DAY)], NOW)]).toEqual([
			tomorrow,
			tomorrow
		]);
	});

	test('nothing to study: undefined', () => {
		expect([nextDue([], NOW), nextDue([card('n', {}, { suspended: true })], NOW)]).toEqual([
			undefined,
			undefined
		]);
	});
});

describe('dueBadgeCount', () => {
	test('learning cards due now plus reviews due today, across decks; no new, suspended or future cards', () => {
		const cards = [
			learningCard('l-now', NOW, { deckId: 'd1' }),
			learningCard('l-soon', NOW + MINUTE, { deckId: 'd1' }),
			reviewCard('r-past', NOW - 3 * DAY, 5, { deckId: 'd2' }),
			reviewCard('r-tonight', local(2025, 1, 16, 3, 59), 5, { deckId: 'd2' }),
			reviewCard('r-tomorrow', local(2025, 1, 16, 4), 5, { deckId: 'd2' }),
			reviewCard('r-suspended', NOW - DAY, 5, { suspended: true }),
			card('new')
		];
		expect(dueBadgeCount(cards, NOW)).toBe(3);
	});
});
