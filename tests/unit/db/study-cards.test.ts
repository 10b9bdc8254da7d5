import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { listStudyCards, saveDeck } from '../../../src/lib/db/index.ts';
import { DAY, makeCard, makeDeck, NOW, reviewed } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

describe('listStudyCards', () => {
	it('reads new and learning cards and the reviews due before the day ends, and says when the next one left out is due', async () => {
		const fresh = makeCard('d1', 'new');
		const learning = makeCard('d1', 'learning', { state: 1, due: NOW + 5 * DAY, reps: 1, stability: 1 });
		const relearning = makeCard('d2', 'relearning', { state: 3, due: NOW - DAY, reps: 4, stability: 2 });
		const dueToday = reviewed('d1', 'due', NOW - DAY);
		const later = reviewed('d1', 'later', NOW + 2 * DAY);
		const laterStill = reviewed('d2', 'later-still', NOW + 9 * DAY);
		await saveDeck(makeDeck('d1'), [fresh, learning, dueToday, later]);
		await saveDeck(makeDeck('d2'), [relearning, laterStill]);

		expect(await listStudyCards(['d1'], NOW + DAY)).toEqual({
			cards: [fresh, learning, dueToday],
			nextReviewDue: NOW + 2 * DAY
		});
		expect(await listStudyCards(undefined, NOW + DAY)).toEqual({
			cards: [fresh, learning, dueToday, relearning],
			nextReviewDue: NOW + 2 * DAY
		});
		expect(await listStudyCards(['d2'], NOW + 10 * DAY)).toEqual({
			cards: [relearning, laterStill],
			nextReviewDue: undefined
		});
	});
});
