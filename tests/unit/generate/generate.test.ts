import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	EmptyTextError,
	GenerateError,
	NoSentencesError,
	generateCandidates,
	generateDeck,
	looksEnglish
} from '../../../src/lib/generate/index.ts';

const sahel = readFileSync(
	new URL('../../../src/lib/deck/default/sahel-alliance.txt', import.meta.url),
	'utf8'
);

describe('generateDeck', () => {
	it('throws an EmptyTextError for blank text and a NoSentencesError for text without prose', () => {
		expect(() => generateDeck('  \n ', { deckId: 'd' })).toThrow(EmptyTextError);
		expect(() => generateDeck('Title\n\n12 34', { deckId: 'd' })).toThrow(NoSentencesError);
		expect(new EmptyTextError()).toBeInstanceOf(GenerateError);
	});

	it('gives the same deck for the same input, and ids that depend on the deck', () => {
		const a = generateDeck(sahel, { deckId: 'one' });
		expect(generateDeck(sahel, { deckId: 'one' })).toEqual(a);
		const b = generateDeck(sahel, { deckId: 'two' });
		expect(b.cards.map((c) => c.id)).not.toEqual(a.cards.map((c) => c.id));
	});

	it('reports progress up to 1', () => {
		const seen: number[] = [];
		generateDeck(sahel, { deckId: 'd', onProgress: (f) => seen.push(f) });
		expect(seen.at(-1)).toBe(1);
	});

	it('asks the central facts of the default article with at least 20 cards', () => {
		const deck = generateDeck(sahel, { deckId: 'sahel-alliance' });
		expect(deck.cards.length).toBeGreaterThanOrEqual(20);
		// The article's actors and dates, each an answer or the subject of a true-or-false statement.
		const answers = deck.cards.map((c) => (c.type === 'truefalse' ? c.prompt : c.answer));
		const central = [
			'Assimi Goita',
			'Abdourahmane Tiani',
			'Abdoulaye Diop',
			'Mohamed Bazoum',
			'ECOWAS',
			'2012',
			'2020'
		];
		expect(central.filter((fact) => !answers.some((a) => a === fact || a.includes(` ${fact} `)))).toEqual([]);
		expect(new Set(deck.cards.map((c) => c.type))).toEqual(
			new Set(['cloze', 'qa', 'mcq', 'truefalse', 'short'])
		);
	});
});

describe('generateDeck on hard sentences', () => {
	it('asks "The groups had in 2012…" only with the sentence before, which names them, as its context line', () => {
		const { ranked } = generateCandidates(sahel, { deckId: 'd' });
		const cards = ranked.filter((c) => c.fact.sentence.text.startsWith('The groups had in 2012'));
		expect(cards.length).toBeGreaterThan(0);
		for (const c of cards)
			expect(c.fact.standing.mode === 'context' && c.fact.standing.context).toMatch(/Tuareg armed groups/);
	});

	it('asks only what reads the same in any language when the text is not English', () => {
		const text =
			'Der Vertrag\n\nDie Staats- und Regierungschefs von Mali, Burkina Faso und Niger unterzeichneten am Samstag in Bamako eine Charta. Das Bündnis heißt Allianz der Sahelstaaten.';
		const answers = new Set(generateDeck(text, { deckId: 'd' }).cards.map((c) => c.answer));
		expect(answers).toEqual(new Set(['Bamako']));
	});

	it('asks a sentence that leans on an earlier one ("That agreement is now…") only with a context line', () => {
		const deck = generateDeck(sahel, { deckId: 'd' });
		expect(deck.cards.filter((c) => /^(?:That|"Our priority)/.test(c.evidence) && !c.context)).toEqual([]);
	});
});

describe('looksEnglish', () => {
	it('tells English from French', () => {
		expect(looksEnglish(sahel)).toBe(true);
		expect(
			looksEnglish(
				'Les dirigeants du Mali, du Burkina Faso et du Niger ont signé une charte à Bamako samedi.'
			)
		).toBe(false);
	});
});

describe('a paste without a title line', () => {
	const oneLine = readFileSync(new URL('../../fixtures/pastes/one-line.txt', import.meta.url), 'utf8');

	it('makes cards from every sentence, the first included, under a title from the first sentence', () => {
		const deck = generateDeck(oneLine, { deckId: 'd' });
		expect(deck.title).toBe('Marie Curie was born in Warsaw in 1867 and moved to Paris in…');
		expect(deck.cards.length).toBeGreaterThanOrEqual(4);
		const evidence = new Set(deck.cards.map((card) => card.evidence));
		expect([...evidence].some((sentence) => sentence.startsWith('Marie Curie was born in Warsaw'))).toBe(
			true
		);
	});
});
