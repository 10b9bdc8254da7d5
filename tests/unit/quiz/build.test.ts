import { describe, expect, it } from 'vitest';
import type { AnswerKind, CardContent } from '../../../src/lib/deck/model.ts';
import {
	answersByKind,
	buildQuiz,
	DEFAULT_SETUP,
	optionsFor,
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

describe('options for a card asked as multiple choice', () => {
	const card = (answer: string, kind?: AnswerKind, prompt = 'In _____ it began.'): CardContent => ({
		id: answer,
		type: 'cloze',
		prompt,
		answer,
		evidence: prompt.replace('_____', answer),
		...(kind ? { kind } : {})
	});
	const optionsIn = (target: CardContent, deck: CardContent[]) =>
		optionsFor(target, answersByKind(deck), seededRandom(1));

	it('are the options the generator stored with the card', () => {
		const stored = { ...card('Bamako', 'city'), options: ['Niamey', 'Dakar', 'Accra'] };
		expect(optionsIn(stored, [stored]).sort()).toEqual(['Accra', 'Dakar', 'Niamey']);
	});

	it('else are answers of other cards of the same stored kind', () => {
		const deck = [
			...['2012', '2015', '1999', '2020'].map((a) => card(a, 'year')),
			...['Bamako', 'Mali', '27,000'].map((a) => card(a, 'quantity'))
		];
		expect(optionsIn(card('2012', 'year'), deck).sort()).toEqual(['1999', '2015', '2020']);
	});

	it('are never guessed from the shape of answers without a kind (regression: options by shape)', () => {
		const deck = ['2012', '2015', '1999', '2020'].map((a) => card(a));
		expect(optionsIn(card('2012'), deck)).toEqual([]);
	});

	it('are none when the deck has fewer than three other answers of that kind', () => {
		const deck = ['Bamako', 'Niamey', 'Dakar'].map((a) => card(a, 'city'));
		expect(optionsIn(card('Bamako', 'city'), deck)).toEqual([]);
	});

	it('never show an option that the prompt already holds', () => {
		const deck = ['Mali', 'Niger', 'Chad', 'Togo', 'Benin'].map((a) => card(a, 'country'));
		const options = optionsIn(card('Mali', 'country', 'Unlike Niger, _____ left.'), deck);
		expect(options).not.toContain('Niger');
		expect(options).toHaveLength(3);
	});

	it('are never True or False from a true/false card (regression: "False" offered for ECOWAS)', () => {
		const tf = (id: string, answer: string): CardContent => ({
			...card(id, 'organisation'),
			type: 'truefalse',
			answer,
			choices: ['True', 'False']
		});
		const deck = [tf('t1', 'True'), tf('t2', 'False'), ...['NATO', 'UN'].map((a) => card(a, 'organisation'))];
		expect(optionsIn(card('ECOWAS', 'organisation'), deck)).toEqual([]);
	});

	it('stay linear in the deck: 10,000 cards of one kind give every card three options', () => {
		const deck = Array.from({ length: 10_000 }, (_, i) => card(`Person ${i}`, 'person'));
		const { questions } = buildQuiz(
			deck,
			{ ...DEFAULT_SETUP, count: 10_000, kinds: ['mcq'] },
			seededRandom(3)
		);
		expect(questions).toHaveLength(10_000);
		expect(questions.every((q) => q.choices?.length === 4)).toBe(true);
	});
});

describe('a question keeps its card’s context line', () => {
	it('carries the context to the quiz', () => {
		const withContext: CardContent = {
			id: 'c',
			type: 'short',
			prompt: 'He founded _____.',
			answer: 'Apple',
			evidence: 'He founded Apple.',
			context: 'Steve Jobs was born in 1955.'
		};
		const { questions } = buildQuiz([withContext], { ...DEFAULT_SETUP, kinds: ['short'] }, seededRandom(1));
		expect(questions[0]?.context).toBe('Steve Jobs was born in 1955.');
	});
});
