import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteDeck, getDeck, listCards, putCard, rewriteDeck } from '../../../src/lib/db/index.ts';
import { GENERATOR_VERSION } from '../../../src/lib/generate/version.ts';
import { DEFAULT_DECK_ID, openDeck, openLibrary } from '../../../src/lib/library/index.ts';
import { DAY, NOW, reviewed } from '../db/builders.ts';
import { resetDatabase } from '../db/fake-idb.ts';

beforeEach(resetDatabase);

describe('the default deck after an app update', () => {
	it('is regenerated when an older generator made it, its studied cards keeping their progress', async () => {
		await openLibrary(NOW);
		// As an older build would have left it: made by an earlier generator, one card studied, one hand-made.
		await rewriteDeck(DEFAULT_DECK_ID, ({ deck, cards }) => ({
			deck: { ...deck, generatorVersion: 0 },
			cards
		}));
		const [first] = await listCards(DEFAULT_DECK_ID);
		const studied = { ...first!, srs: reviewed(DEFAULT_DECK_ID, first!.id, NOW + 4 * DAY).srs };
		const own = { ...studied, id: 'mine', prompt: 'My own question?', generated: undefined };
		await Promise.all([putCard(studied), putCard(own)]);

		await openLibrary(NOW + DAY);
		expect((await getDeck(DEFAULT_DECK_ID))?.generatorVersion).toBe(GENERATOR_VERSION);
		const cards = new Map((await listCards(DEFAULT_DECK_ID)).map((card) => [card.id, card]));
		expect(cards.get(studied.id)?.srs).toEqual(studied.srs);
		expect(cards.get('mine')).toEqual(own);
	});

	it('never comes back once the person deleted it, from the library or a deep link', async () => {
		await openLibrary(NOW);
		await deleteDeck(DEFAULT_DECK_ID);
		expect((await openLibrary(NOW + DAY)).decks).toEqual([]);
		expect(await openDeck(DEFAULT_DECK_ID, NOW + DAY)).toBeNull();
	});
});
