import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteCard, listCards, putCard, saveDeck } from '../../../src/lib/db/index.ts';
import { DAY, makeCard, makeDeck, NOW, reviewed } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

describe('listCards', () => {
	it("lists only the deck's cards", async () => {
		await saveDeck(makeDeck('d1'), [makeCard('d1', 'a')]);
		await saveDeck(makeDeck('d2'), [makeCard('d2', 'b')]);
		expect(await listCards('d2')).toEqual([makeCard('d2', 'b')]);
		expect(await listCards('missing')).toEqual([]);
	});
});

describe('putCard', () => {
	it('adds a card and replaces it when written again', async () => {
		await saveDeck(makeDeck('d1'), []);
		await putCard(makeCard('d1', 'a'));
		const studied = reviewed('d1', 'a', NOW + DAY);
		await putCard(studied);
		expect(await listCards('d1')).toEqual([studied]);
	});
});

describe('deleteCard', () => {
	it('deletes one card and leaves its deck-mates', async () => {
		await saveDeck(makeDeck('d1'), [makeCard('d1', 'a'), makeCard('d1', 'b')]);
		await deleteCard('a');
		expect(await listCards('d1')).toEqual([makeCard('d1', 'b')]);
	});
});
