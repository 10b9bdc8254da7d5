import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../../src/lib/deck/model.ts';
import {
	answerShape,
	buildQuiz,
	DEFAULT_SETUP,
	distractorsFor,
	seededRandom
} from '../../../src/lib/quiz/index.ts';
import { DEFAULT_DECK } from '../share/decks.ts';

const cards = DEFAULT_DECK.cards;

describe('building a quiz from a deck', () => {
	it('asks ten different facts by default, each card once', () => {
		const { questions, available } = buildQuiz(cards, DEFAULT_SETUP, seededRandom(1));
		expect(questions).toHaveLength(10);
		const siblings = questions.map((q) => cards.find((c) => c.id === q.cardId)?.sibling);
		expect(new Set(siblings).size).toBe(10);
		expect(available).toBeGreaterThanOrEqual(10);
	});

	it('is the same quiz for the same seed', () => {
		expect(buildQuiz(cards, DEFAULT_SETUP, seededRandom(5))).toEqual(
			buildQuiz(cards, DEFAULT_SETUP, seededRandom(5))
		);
	});

	it('says how many facts it can ask when the deck has fewer than asked for', () => {
		const setup = { ...DEFAULT_SETUP, kinds: ['truefalse' as const] };
		const { questions, available } = buildQuiz(cards, setup, seededRandom(1));
		expect(available).toBe(cards.filter((c) => c.type === 'truefalse').length);
		expect(questions.map((q) => q.kind)).toEqual(Array(available).fill('truefalse'));
	});

	it('asks only the chosen kinds', () => {
		const { questions } = buildQuiz(cards, { ...DEFAULT_SETUP, kinds: ['short'] }, seededRandom(2));
		expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(['short']));
		expect(questions.every((q) => q.choices === undefined)).toBe(true);
	});

	it('skips suspended cards', () => {
		const suspended = cards.map((c) => ({ ...c, suspended: c.type !== 'truefalse' }));
		const { questions } = buildQuiz(suspended, DEFAULT_SETUP, seededRandom(3));
		expect(questions.every((q) => q.kind === 'truefalse')).toBe(true);
	});

	it('offers every multiple-choice question its answer once among four options', () => {
		for (let seed = 1; seed < 30; seed++) {
			const { questions } = buildQuiz(cards, { ...DEFAULT_SETUP, kinds: ['mcq'] }, seededRandom(seed));
			for (const q of questions) {
				expect(q.choices).toHaveLength(4);
				expect(q.choices?.filter((c) => c === q.answer)).toEqual([q.answer]);
			}
		}
	});
});

describe('options for a cloze or Q/A card', () => {
	const card = (answer: string, prompt = 'In _____ it began.'): CardContent => ({
		id: answer,
		type: 'cloze',
		prompt,
		answer,
		evidence: prompt.replace('_____', answer)
	});

	it('are other answers of the same shape', () => {
		const deck = ['2012', '2015', '1999', '2020', 'Bamako', 'Mali'].map((a) => card(a));
		const options = distractorsFor(card('2012'), deck, seededRandom(1));
		expect(options.sort()).toEqual(['1999', '2015', '2020']);
	});

	it('are none when the deck has fewer than three of that shape', () => {
		const deck = ['Bamako', 'Mali', '2015'].map((a) => card(a));
		expect(distractorsFor(card('Niamey'), deck, seededRandom(1))).toEqual([]);
	});

	it('never show an option that the prompt already holds', () => {
		const deck = ['Mali', 'Niger', 'Chad', 'Togo', 'Benin'].map((a) => card(a));
		const options = distractorsFor(card('Mali', 'Unlike Niger, _____ left.'), deck, seededRandom(1));
		expect(options).not.toContain('Niger');
		expect(options).toHaveLength(3);
	});

	it('are the other options of a multiple-choice card with the same answer', () => {
		const mcq: CardContent = {
			...card('Bazoum'),
			type: 'mcq',
			choices: ['Tiani', 'Bazoum', 'Diop', 'Goita']
		};
		const deck = [mcq, ...['Bamako', 'Mali', 'Chad'].map((a) => card(a))];
		expect(distractorsFor(card('Bazoum'), deck, seededRandom(1)).sort()).toEqual(['Diop', 'Goita', 'Tiani']);
	});

	it('are never True or False from a true/false card (regression: "False" offered for ECOWAS)', () => {
		const tf = (id: string, answer: string): CardContent => ({
			...card(id),
			id,
			type: 'truefalse',
			answer,
			choices: ['True', 'False']
		});
		const deck = [tf('t1', 'True'), tf('t2', 'False'), ...['Bamako', 'Mali'].map((a) => card(a))];
		expect(distractorsFor(card('ECOWAS'), deck, seededRandom(1))).toEqual([]);
	});

	it('are never asked for a list answer', () => {
		expect(answerShape('Mali, Burkina Faso and Niger')).toBe('list');
	});

	it.each([
		['2012', 'year'],
		['2.5 million', 'number'],
		['Bamako', 'name'],
		['Assimi Goita', 'names'],
		['Alliance of Sahel States', 'names'],
		['collective defence', 'phrase']
	])('tells the shape of %s', (answer, shape) => {
		expect(answerShape(answer)).toBe(shape);
	});
});
