import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	deleteDeck,
	exportAllStores,
	getDeck,
	listCards,
	listDecks,
	NotFoundError,
	renameDeck,
	saveDeck
} from '../../../src/lib/db/index.ts';
import { DAY, makeCard, makeDeck, NOW, reviewed } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

describe('saveDeck, getDeck and listCards', () => {
	it('stores a deck and its cards', async () => {
		const deck = makeDeck('d1');
		const cards = [makeCard('d1', 'a'), makeCard('d1', 'b')];
		await saveDeck(deck, cards);
		expect(await getDeck('d1')).toEqual(deck);
		expect(await listCards('d1')).toEqual(cards);
	});

	it('returns undefined for a deck that does not exist', async () => {
		expect(await getDeck('missing')).toBeUndefined();
	});

	it('replaces the card set: cards no longer present are deleted', async () => {
		await saveDeck(makeDeck('d1'), [makeCard('d1', 'a'), makeCard('d1', 'b')]);
		await saveDeck(makeDeck('d1'), [makeCard('d1', 'b'), makeCard('d1', 'c')]);
		expect((await listCards('d1')).map((card) => card.id)).toEqual(['b', 'c']);
	});

	it('keeps the progress of unchanged card ids when the deck is regenerated', async () => {
		const studied = { ...reviewed('d1', 'a', NOW + 3 * DAY), suspended: true };
		await saveDeck(makeDeck('d1'), [studied]);
		const regenerated = { ...makeCard('d1', 'a'), prompt: 'Edited?', createdAt: NOW, updatedAt: NOW };
		await saveDeck(makeDeck('d1'), [regenerated]);
		expect(await listCards('d1')).toEqual([
			{ ...regenerated, srs: studied.srs, suspended: true, createdAt: studied.createdAt }
		]);
	});

	it('takes the scheduling state of an incoming card that was studied', async () => {
		await saveDeck(makeDeck('d1'), [reviewed('d1', 'a', NOW + 3 * DAY)]);
		const newer = reviewed('d1', 'a', NOW + 9 * DAY);
		await saveDeck(makeDeck('d1'), [newer]);
		expect(await listCards('d1')).toEqual([newer]);
	});

	it('refuses a card of another deck and writes nothing', async () => {
		await expect(saveDeck(makeDeck('d1'), [makeCard('d1', 'a'), makeCard('d2', 'b')])).rejects.toThrow(
			'belongs to deck d2'
		);
		expect(await getDeck('d1')).toBeUndefined();
	});
});

describe('listDecks', () => {
	it('lists summaries with counts, most recently updated first', async () => {
		await saveDeck(makeDeck('old', { updatedAt: NOW - 5 * DAY }), [makeCard('old', 'x')]);
		await saveDeck(makeDeck('new', { subtitle: 'Sub', attribution: 'Agencies', updatedAt: NOW - DAY }), [
			makeCard('new', 'n1'),
			makeCard('new', 'n2'),
			{ ...makeCard('new', 'n3'), suspended: true },
			makeCard('new', 'l1', { state: 1, due: NOW - 60_000, reps: 1 }),
			makeCard('new', 'l2', { state: 3, due: NOW - 1, reps: 4, lapses: 1 }),
			makeCard('new', 'l3', { state: 1, due: NOW + 600_000, reps: 1 }),
			reviewed('new', 'r1', NOW),
			reviewed('new', 'r2', NOW + DAY),
			{ ...reviewed('new', 'r3', NOW - DAY), suspended: true }
		]);
		expect(await listDecks(NOW)).toEqual([
			{
				id: 'new',
				title: 'Deck new',
				subtitle: 'Sub',
				attribution: 'Agencies',
				updatedAt: NOW - DAY,
				counts: { total: 9, new: 2, learning: 2, due: 1 }
			},
			{
				id: 'old',
				title: 'Deck old',
				updatedAt: NOW - 5 * DAY,
				counts: { total: 1, new: 1, learning: 0, due: 0 }
			}
		]);
	});

	it('is empty when there are no decks', async () => {
		expect(await listDecks(NOW)).toEqual([]);
	});
});

describe('renameDeck', () => {
	it('renames and stamps the deck', async () => {
		await saveDeck(makeDeck('d1'), []);
		const renamed = await renameDeck('d1', 'Sahel', NOW);
		expect(renamed).toEqual({ ...makeDeck('d1'), title: 'Sahel', updatedAt: NOW });
		expect(await getDeck('d1')).toEqual(renamed);
	});

	it('fails with NotFoundError for a missing deck', async () => {
		await expect(renameDeck('missing', 'x', NOW)).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('deleteDeck', () => {
	it('is a no-op for a deck that does not exist', async () => {
		await saveDeck(makeDeck('d1'), [makeCard('d1', 'a')]);
		const before = await exportAllStores();
		await deleteDeck('missing');
		expect(await exportAllStores()).toEqual(before);
	});
});
