import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { listStudyCards, saveDeck } from '../../../src/lib/db/index.ts';
import { DAY, makeCard, makeDeck, NOW, reviewed } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

const PER_DECK = { limit: 20, shared: false };

describe('listStudyCards', () => {
	it('reads learning and review cards due before the day ends, the first of each stage due later, and new cards', async () => {
		const fresh = makeCard('d1', 'new');
		const learning = makeCard('d1', 'learning', { state: 1, due: NOW - 5 * DAY, reps: 1, stability: 1 });
		const relearning = makeCard('d2', 'relearning', { state: 3, due: NOW - DAY, reps: 4, stability: 2 });
		const dueToday = reviewed('d1', 'due', NOW - DAY);
		const later = reviewed('d1', 'later', NOW + 2 * DAY);
		const laterStill = reviewed('d1', 'later-still', NOW + 9 * DAY);
		const otherLater = reviewed('d2', 'other-later', NOW + 9 * DAY);
		const suspended = { ...reviewed('d2', 'suspended', NOW - DAY), suspended: true };
		await saveDeck(makeDeck('d1'), [fresh, learning, dueToday, later, laterStill]);
		await saveDeck(makeDeck('d2'), [relearning, otherLater, suspended]);

		expect(await listStudyCards(['d1'], NOW + DAY, PER_DECK)).toEqual([fresh, learning, dueToday, later]);
		expect(await listStudyCards(undefined, NOW + DAY, PER_DECK)).toEqual([
			fresh,
			learning,
			dueToday,
			later,
			relearning,
			otherLater
		]);
		expect(await listStudyCards(['d2'], NOW + 10 * DAY, PER_DECK)).toEqual([relearning, otherLater]);
	});

	it('reads new cards for as many facts as a day may introduce, and every card a quiz marked', async () => {
		const cards = Array.from({ length: 12 }, (_, i) => ({
			...makeCard('d1', `n${String(i).padStart(2, '0')}`),
			sibling: `fact-${Math.floor(i / 2)}`
		}));
		const marked = { ...cards[11]!, priority: 1 };
		await saveDeck(makeDeck('d1'), [...cards.slice(0, 11), marked]);
		const ids = async (limit: number) =>
			(await listStudyCards(['d1'], NOW + DAY, { limit, shared: false })).map((card) => card.id);
		// Two cards per fact: three facts need six cards, read in doubling batches (3, then 6).
		expect(await ids(3)).toEqual(['n11', 'n00', 'n01', 'n02', 'n03', 'n04', 'n05']);
		expect(await ids(0)).toEqual(['n11', 'n00']);
		expect(await ids(20)).toHaveLength(12);
	});

	it('reads new cards deck after deck for "Study all", until the day’s limit is reached', async () => {
		await saveDeck(makeDeck('d1'), [makeCard('d1', 'a1'), makeCard('d1', 'a2')]);
		await saveDeck(makeDeck('d2'), [makeCard('d2', 'b1'), makeCard('d2', 'b2')]);
		await saveDeck(makeDeck('d3'), [makeCard('d3', 'c1')]);
		const ids = async (limit: number) =>
			(await listStudyCards(undefined, NOW + DAY, { limit, shared: true })).map((card) => card.id);
		expect(await ids(3)).toEqual(['a1', 'a2', 'b1']);
		expect(await ids(0)).toEqual(['a1']);
		expect(await ids(9)).toEqual(['a1', 'a2', 'b1', 'b2', 'c1']);
	});
});
