import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toCard } from '../../../src/lib/deck/cards.ts';
import type { Card, CardContent, GeneratedDeck } from '../../../src/lib/deck/model.ts';
import {
	exportAllStores,
	getDeck,
	listCards,
	putCard,
	readDeckState,
	replaceAllStores,
	saveDeck
} from '../../../src/lib/db/index.ts';
import {
	applyRegeneration,
	planRegeneration,
	refreshDefaultDeck,
	undoRegeneration,
	UndoExpiredError
} from '../../../src/lib/library/regenerate.service.ts';
import { DAY, makeDeck, makeLog, NOW, reviewed } from '../db/builders.ts';
import { resetDatabase } from '../db/fake-idb.ts';

// The generator's exact output is not what is tested here: the worker answers with fixed cards.
const generateInWorker = vi.hoisted(() => vi.fn());
vi.mock('../../../src/lib/generate/client.ts', () => ({ generateInWorker }));

const SENTENCE = 'The charter was signed in Bamako.';
const content = (id: string, answer: string, change: Partial<CardContent> = {}): CardContent => ({
	id,
	type: 'cloze',
	prompt: `It was signed in _____ (${id}).`,
	answer,
	evidence: SENTENCE,
	...change
});

const asMade = (c: CardContent, deckId = 'd1'): Card => ({
	...toCard(c, deckId, NOW - DAY),
	generated: true
});
const studied = asMade(content('kept', 'Bamako'));
studied.srs = reviewed('d1', 'kept', NOW + 5 * DAY).srs;
const dropped = { ...asMade(content('dropped', 'Mali')), srs: reviewed('d1', 'dropped', NOW + 2 * DAY).srs };
const neverStudied = asMade(content('unseen', 'Niger'));
const handMade = toCard({ id: 'mine', type: 'qa', prompt: 'Mine?', answer: 'Yes', evidence: '' }, 'd1', NOW);

function newer(cards: CardContent[], generatorVersion = 2): GeneratedDeck {
	return {
		title: 'Article',
		blocks: [{ kind: 'paragraph', sentences: [SENTENCE] }],
		generatorVersion,
		cards,
		heldBack: 0
	};
}

const fresh = [
	content('kept-new-id', 'the Bamako', { prompt: 'Where was it signed?', type: 'qa' }),
	content('added', 'Saturday')
];

async function storeDeck() {
	await saveDeck(makeDeck('d1', { generatorVersion: 1 }), [studied, dropped, neverStudied, handMade]);
	const dump = await exportAllStores();
	await replaceAllStores({
		...dump,
		reviewLogs: [makeLog(studied, 'log-kept'), makeLog(dropped, 'log-dropped')]
	});
}

beforeEach(async () => {
	await resetDatabase();
	generateInWorker.mockReset();
	generateInWorker.mockResolvedValue(newer(fresh));
});

describe('planRegeneration', () => {
	it('generates from the deck’s stored text and says what would change, writing nothing', async () => {
		await storeDeck();
		const before = await exportAllStores();
		const plan = await planRegeneration('d1', NOW);
		expect(generateInWorker).toHaveBeenCalledWith(makeDeck('d1').text, 'd1', undefined);
		expect(plan.summary).toEqual({
			kept: 1,
			updated: 1,
			added: 1,
			retired: 1,
			removed: 1,
			own: 1,
			retiredPrompts: [dropped.prompt]
		});
		expect(await exportAllStores()).toEqual(before);
	});

	it('refuses a deck without its article', async () => {
		await saveDeck(makeDeck('sheet', { text: '', blocks: [] }), []);
		await expect(planRegeneration('sheet', NOW)).rejects.toThrow('no article');
		expect(generateInWorker).not.toHaveBeenCalled();
	});
});

describe('applyRegeneration and undoRegeneration', () => {
	it('keeps progress and logs, retires studied cards, removes unseen ones and keeps the person’s', async () => {
		await storeDeck();
		const { deck, cards } = await applyRegeneration(await planRegeneration('d1', NOW), NOW);
		expect(deck.generatorVersion).toBe(2);
		const byId = new Map((await listCards('d1')).map((card) => [card.id, card]));
		expect(cards).toEqual([...byId.values()]);
		expect([...byId.keys()].sort()).toEqual(['added', 'dropped', 'kept', 'mine']);
		expect(byId.get('kept')).toMatchObject({ srs: studied.srs, type: 'qa', prompt: 'Where was it signed?' });
		expect(byId.get('dropped')).toMatchObject({ srs: dropped.srs, suspended: true });
		expect(byId.get('mine')).toEqual(handMade);
		expect((await exportAllStores()).reviewLogs.map((log) => log.id)).toEqual(['log-dropped', 'log-kept']);
	});

	it('undo puts the deck and its cards back exactly as they were', async () => {
		await storeDeck();
		const before = await exportAllStores();
		const { undo } = await applyRegeneration(await planRegeneration('d1', NOW), NOW);
		const restored = await undoRegeneration(undo);
		expect(await exportAllStores()).toEqual(before);
		expect(restored).toEqual({ deck: before.decks[0], cards: before.cards });
	});

	it('refuses to undo once a card changed since, so a review is never lost', async () => {
		await storeDeck();
		const { undo, cards } = await applyRegeneration(await planRegeneration('d1', NOW), NOW);
		const added = cards.find((card) => card.id === 'added')!;
		await putCard({ ...added, srs: reviewed('d1', 'added', NOW + DAY).srs, updatedAt: NOW + 1 });
		const after = await exportAllStores();
		await expect(undoRegeneration(undo)).rejects.toBeInstanceOf(UndoExpiredError);
		expect(await exportAllStores()).toEqual(after);
	});

	it('reconciles with the cards as they are when confirmed: a review made meanwhile is kept', async () => {
		await storeDeck();
		const plan = await planRegeneration('d1', NOW);
		const review = { ...neverStudied, srs: reviewed('d1', 'unseen', NOW + 4 * DAY).srs };
		await putCard(review);
		await applyRegeneration(plan, NOW);
		expect((await readDeckState('d1'))?.cards.find((card) => card.id === 'unseen')).toEqual({
			...review,
			suspended: true,
			updatedAt: NOW
		});
	});
});

describe('refreshDefaultDeck', () => {
	const bundled = { ...newer(fresh), id: 'sahel-alliance', text: 'The new article.' };

	async function storeDefault(generatorVersion: number) {
		const deck = makeDeck('sahel-alliance', { origin: 'default', generatorVersion });
		await saveDeck(
			deck,
			[asMade(content('kept', 'Bamako'), deck.id)].map((c) => ({ ...c, srs: studied.srs }))
		);
	}

	it('regenerates a default deck made by an older generator, keeping progress', async () => {
		await storeDefault(1);
		expect(await refreshDefaultDeck(() => Promise.resolve(bundled), NOW)).toBe(true);
		expect(await getDeck('sahel-alliance')).toMatchObject({ generatorVersion: 2, text: 'The new article.' });
		const cards = await listCards('sahel-alliance');
		expect(cards.map((card) => [card.id, card.srs.due])).toEqual([
			['added', NOW],
			['kept', studied.srs.due]
		]);
	});

	it('leaves a default deck that is up to date, and never brings back a deleted one', async () => {
		await storeDefault(2);
		const before = await exportAllStores();
		expect(await refreshDefaultDeck(() => Promise.resolve(bundled), NOW)).toBe(false);
		expect(await exportAllStores()).toEqual(before);
		await resetDatabase();
		expect(await refreshDefaultDeck(() => Promise.resolve(bundled), NOW)).toBe(false);
		expect(await getDeck('sahel-alliance')).toBeUndefined();
	});
});
