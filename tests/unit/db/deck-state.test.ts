import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	DbError,
	exportAllStores,
	readDeckState,
	replaceAllStores,
	rewriteDeck,
	saveDeck
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
