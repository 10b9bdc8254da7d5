import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	DbError,
	exportAllStores,
	listReviewDays,
	readDeckState,
	replaceAllStores,
	rewriteDeck,
	saveDeck,
	tallyCards
} from '../../../src/lib/db/index.ts';
import type { Card } from '../../../src/lib/deck/model.ts';
import { DAY, makeCard, makeDeck, makeLog, NOW, reviewed } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

const deck = makeDeck('d1');
const studied = reviewed('d1', 'a', NOW + 3 * DAY);
const fresh = makeCard('d1', 'b');
const other = makeCard('d2', 'x');

async function store() {
	await saveDeck(deck, [studied, fresh]);
	await saveDeck(makeDeck('d2'), [other]);
	const dump = await exportAllStores();
	await replaceAllStores({ ...dump, reviewLogs: [makeLog(studied, 'log-a'), makeLog(other, 'log-x')] });
}

describe('readDeckState', () => {
	it('reads a deck, its cards and which of them have review logs', async () => {
		await store();
		expect(await readDeckState('d1')).toEqual({ deck, cards: [studied, fresh], reviewed: new Set(['a']) });
		expect(await readDeckState('missing')).toBeUndefined();
	});
});

describe('rewriteDeck', () => {
	it('stores the new deck and card set in one go, deleting the cards left out with their logs', async () => {
		await store();
		const renamed = { ...deck, title: 'New', updatedAt: NOW };
		const added = makeCard('d1', 'c');
		const before = await rewriteDeck('d1', (state) => ({ deck: renamed, cards: [added, state.cards[1]!] }));
		expect(before).toEqual({ deck, cards: [studied, fresh], reviewed: new Set(['a']) });
		const dump = await exportAllStores();
		expect(dump.decks).toEqual([renamed, makeDeck('d2')]);
		expect(dump.cards).toEqual([fresh, added, other]);
		expect(dump.reviewLogs.map((log) => log.id)).toEqual(['log-x']);
		// The deleted logs' days are counted again.
		expect(await listReviewDays('d1')).toEqual([]);
		expect(await listReviewDays('d2')).toHaveLength(1);
	});

	it('stores a suspended card so that the queues leave it out, and reads it back as it was', async () => {
		await store();
		const suspended = { ...studied, suspended: true };
		await rewriteDeck('d1', (state) => ({ deck: state.deck, cards: [suspended, fresh] }));
		expect((await readDeckState('d1'))?.cards).toEqual([suspended, fresh]);
		const tally = await tallyCards('d1', [NOW + 10 * DAY]);
		expect([tally.suspended, tally.due[0]]).toEqual([1, 0]);
	});

	it('writes nothing when the change is declined or the deck does not exist', async () => {
		await store();
		const dump = await exportAllStores();
		expect(await rewriteDeck('d1', () => null)).toBeNull();
		expect(await rewriteDeck('missing', (state) => state)).toBeNull();
		expect(await exportAllStores()).toEqual(dump);
	});

	it('keeps everything as it was when a write fails part way', async () => {
		await store();
		const dump = await exportAllStores();
		// A card without its key fails after the deck and the first card were written.
		const broken = { prompt: 'no id' } as unknown as Card;
		await expect(
			rewriteDeck('d1', () => ({ deck: { ...deck, title: 'New' }, cards: [fresh, broken] }))
		).rejects.toBeInstanceOf(DbError);
		expect(await exportAllStores()).toEqual(dump);
	});
});
