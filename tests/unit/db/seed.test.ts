import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	deleteAllData,
	deleteDeck,
	exportAllStores,
	getSettings,
	listDecks,
	replaceAllStores,
	seedDefaultDeck
} from '../../../src/lib/db/index.ts';
import { makeCard, makeDeck, NOW } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

const deck = makeDeck('sahel-alliance', { origin: 'default' });
const cards = [makeCard('sahel-alliance', 'a'), makeCard('sahel-alliance', 'b')];

function loader() {
	const calls = { count: 0 };
	const load = () => {
		calls.count += 1;
		return Promise.resolve({ deck, cards });
	};
	return { calls, load };
}

beforeEach(resetDatabase);

describe('seedDefaultDeck', () => {
	it('stores the default deck and the flag on the first launch', async () => {
		const { load } = loader();
		expect(await seedDefaultDeck(load)).toBe(true);
		const dump = await exportAllStores();
		expect({ decks: dump.decks, cards: dump.cards }).toEqual({ decks: [deck], cards });
		expect((await getSettings()).defaultDeckSeeded).toBe(true);
	});

	it('seeds once: a deleted default deck does not come back, and the loader is not called again', async () => {
		const { calls, load } = loader();
		await seedDefaultDeck(load);
		await deleteDeck(deck.id);
		expect(await seedDefaultDeck(load)).toBe(false);
		expect({ calls: calls.count, decks: await listDecks(NOW) }).toEqual({ calls: 1, decks: [] });
	});

	it('does not seed again after all data is deleted', async () => {
		const { load } = loader();
		await seedDefaultDeck(load);
		await deleteAllData();
		expect(await seedDefaultDeck(load)).toBe(false);
		expect(await listDecks(NOW)).toEqual([]);
	});

	it('seeds once when two callers race', async () => {
		const results = await Promise.all([seedDefaultDeck(loader().load), seedDefaultDeck(loader().load)]);
		expect(results.sort()).toEqual([false, true]);
		expect((await exportAllStores()).cards).toEqual(cards);
	});

	it('keeps a default deck already stored without the flag (a restored backup): its progress stays', async () => {
		const studied = { ...cards[0]!, srs: { ...cards[0]!.srs, state: 2 as const, reps: 3 } };
		await replaceAllStores({ decks: [deck], cards: [studied] });
		expect(await seedDefaultDeck(loader().load)).toBe(false);
		expect((await exportAllStores()).cards).toEqual([studied]);
		expect((await getSettings()).defaultDeckSeeded).toBe(true);
	});

	it('leaves nothing behind when loading the deck fails', async () => {
		await expect(seedDefaultDeck(() => Promise.reject(new Error('chunk failed')))).rejects.toThrow(
			'chunk failed'
		);
		expect(await getSettings()).toMatchObject({ defaultDeckSeeded: false });
	});
});
