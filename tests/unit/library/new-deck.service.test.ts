import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardContent, GeneratedDeck } from '../../../src/lib/deck/model.ts';
import { exportAllStores, getDeck, listCards } from '../../../src/lib/db/index.ts';
import {
	draftMoreCards,
	offersMoreCards,
	saveDraft,
	type Draft
} from '../../../src/lib/library/new-deck.service.ts';
import { NOW } from '../db/builders.ts';
import { resetDatabase } from '../db/fake-idb.ts';

// Today's generator holds nothing back: the worker answers with fixed cards instead.
const generateInWorker = vi.hoisted(() => vi.fn());
vi.mock('../../../src/lib/generate/client.ts', () => ({ generateInWorker }));

const card = (id: string): CardContent => ({
	id,
	type: 'cloze',
	prompt: `Card _____ ${id}.`,
	answer: 'x',
	evidence: `Card x ${id}.`
});
const cards = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => card(`${prefix}${i}`));

function draft(cardCount: number, heldBack: number, words = 200): Draft {
	const generated: GeneratedDeck = {
		title: 'Article',
		blocks: [],
		generatorVersion: 2,
		cards: cards(cardCount),
		heldBack
	};
	return { id: 'd1', text: Array.from({ length: words }, () => 'word').join(' '), generated, english: true };
}

beforeEach(async () => {
	await resetDatabase();
	generateInWorker.mockReset();
});

describe('offering more cards', () => {
	it('when cards were held back and the deck is short: under 10 cards, or under 3 per 100 words', () => {
		expect(offersMoreCards(draft(9, 4))).toBe(true);
		expect(offersMoreCards(draft(12, 4, 500))).toBe(true);
		expect(offersMoreCards(draft(15, 4, 500))).toBe(false);
		expect(offersMoreCards(draft(3, 0))).toBe(false);
	});

	it('generates again with more and returns only the cards not in the draft', async () => {
		const more = [...cards(3), card('extra1'), card('extra2')];
		generateInWorker.mockResolvedValue({ ...draft(0, 0).generated, cards: more });
		const progress = () => undefined;
		expect(await draftMoreCards(draft(3, 2), progress)).toEqual([card('extra1'), card('extra2')]);
		expect(generateInWorker).toHaveBeenCalledWith(draft(3, 2).text, 'd1', progress, true);
	});
});

describe('saveDraft', () => {
	it('marks the cards still as the generator made them; edited, own and extra cards are the person’s', async () => {
		const made = draft(2, 1);
		const edited = { ...card('c1'), prompt: 'Edited _____.' };
		const own: CardContent = { id: 'uuid', type: 'qa', prompt: 'Mine?', answer: 'Yes', evidence: '' };
		await saveDraft(made, 'My deck', [card('c0'), edited, own, card('extra1')], NOW);
		const stored = new Map((await listCards('d1')).map((c) => [c.id, c.generated]));
		expect([...stored]).toEqual([
			['c0', true],
			['c1', undefined],
			['extra1', undefined],
			['uuid', undefined]
		]);
	});

	it('stores the deck with its generator version and without the generator’s held-back count', async () => {
		await saveDraft(draft(1, 3), 'My deck', cards(1), NOW);
		const deck = await getDeck('d1');
		expect(deck).toMatchObject({ title: 'My deck', generatorVersion: 2, origin: 'user' });
		expect((await exportAllStores()).decks.map((d) => 'heldBack' in d)).toEqual([false]);
	});
});
