import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../../src/lib/deck/model.ts';
import { cardRows, foldText, searchCards } from '../../../src/lib/deck/search.ts';

const card = (
	id: string,
	type: CardContent['type'],
	prompt: string,
	answer: string,
	evidence = ''
): CardContent => ({
	id,
	type,
	prompt,
	answer,
	evidence
});

const cards = [
	card('a', 'qa', 'Where is the capital of Togo?', 'Lomé', 'Lomé is the capital of Togo.'),
	card('b', 'cloze', 'The Niger rises in _____.', 'Guinea'),
	card('c', 'qa', 'Which river flows through Niamey?', 'The Niger'),
	{
		...card('d', 'mcq', 'Which city hosts the summit?', 'Bamako'),
		choices: ['Bamako', 'Dakar', 'Accra', 'Lagos']
	}
];

describe('searchCards', () => {
	it('finds every word in question, answer, evidence or choices, whatever the case and accents', () => {
		expect(searchCards(cards, 'lome').map((c) => c.id)).toEqual(['a']);
		expect(searchCards(cards, 'NIGER').map((c) => c.id)).toEqual(['b', 'c']);
		expect(searchCards(cards, 'niger niamey').map((c) => c.id)).toEqual(['c']);
		expect(searchCards(cards, 'dakar').map((c) => c.id)).toEqual(['d']);
		expect(searchCards(cards, 'timbuktu')).toEqual([]);
	});

	it('gives the whole list for an empty query', () => {
		expect(searchCards(cards, '  ')).toBe(cards);
	});

	it('searches an edited card by its new text', () => {
		const edited = cards.map((c) => (c.id === 'b' ? { ...c, answer: 'Fouta Djallon' } : c));
		expect(searchCards(edited, 'djallon').map((c) => c.id)).toEqual(['b']);
	});

	it('folds accents and case', () => {
		expect(foldText('Ségou ÉTÉ')).toBe('segou ete');
	});
});

describe('cardRows', () => {
	it('puts a heading with its count before each type’s cards, types in their usual order', () => {
		expect(
			cardRows(cards).map((row) => (row.kind === 'heading' ? `${row.type}:${row.count}` : row.key))
		).toEqual(['cloze:1', 'b', 'qa:2', 'a', 'c', 'mcq:1', 'd']);
	});
});
