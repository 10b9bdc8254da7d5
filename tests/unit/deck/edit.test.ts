import { describe, expect, it } from 'vitest';
import { toCard } from '../../../src/lib/deck/cards.ts';
import { applyEdit, editedCard, optionsProblem } from '../../../src/lib/deck/edit.ts';
import type { Card, CardContent } from '../../../src/lib/deck/model.ts';
import { DAY, NOW, reviewed } from '../db/builders.ts';

const cloze: CardContent = {
	id: 'c1',
	type: 'cloze',
	prompt: 'The charter was signed in _____.',
	answer: 'Bamako',
	evidence: 'The charter was signed in Bamako.',
	kind: 'city',
	options: ['Niamey', 'Dakar', 'Accra']
};

describe('a card after an edit', () => {
	it('keeps three usable options', () => {
		expect(optionsProblem(cloze)).toBe('none');
		expect(editedCard(cloze)).toEqual(cloze);
	});

	it('re-checks the options when the answer becomes one of them', () => {
		expect(optionsProblem({ ...cloze, answer: 'niamey' })).toBe('unusable');
	});

	it.each([
		['two options', ['Niamey', 'Dakar', '']],
		['the same option twice', ['Niamey', 'niamey ', 'Dakar']]
	])('refuses %s', (_, options) => {
		expect(optionsProblem({ ...cloze, options })).toBe('unusable');
	});

	it('takes three empty options as none: quizzes ask the card as a typed answer', () => {
		const edited = editedCard({ ...cloze, options: ['', ' ', ''] });
		expect(optionsProblem({ ...cloze, options: ['', '', ''] })).toBe('none');
		expect(edited.options).toBeUndefined();
	});

	it('stores a multiple-choice card’s options as its choices other than the answer', () => {
		const mcq: CardContent = { ...cloze, type: 'mcq', choices: ['Accra', 'Bamako', 'Dakar', 'Lomé'] };
		expect(editedCard(mcq).options).toEqual(['Accra', 'Dakar', 'Lomé']);
	});

	it('drops the kind and options of a year whose answer is no longer a year', () => {
		const year: CardContent = { ...cloze, answer: '2023', kind: 'year', options: ['2021', '2022', '2024'] };
		const edited = editedCard({ ...year, answer: 'last summer' });
		expect([edited.kind, edited.options]).toEqual([undefined, undefined]);
	});

	it('keeps a context line, trimmed, and drops an empty one', () => {
		expect(editedCard({ ...cloze, context: '  Mali is in West Africa. ' }).context).toBe(
			'Mali is in West Africa.'
		);
		expect('context' in editedCard({ ...cloze, context: ' ' })).toBe(false);
	});
});

describe('a stored card after an edit', () => {
	const stored: Card = {
		...toCard(cloze, 'd', NOW - DAY),
		srs: reviewed('d', cloze.id, NOW + DAY).srs,
		priority: 2,
		generated: true
	};

	it('keeps its id and progress and becomes the person’s card', () => {
		const edited = applyEdit(stored, editedCard({ ...cloze, prompt: 'It was signed in _____.' }), NOW);
		const { generated: _, ...personal } = stored;
		expect(edited).toEqual({ ...personal, prompt: 'It was signed in _____.', updatedAt: NOW });
	});

	it('stays the generator’s when the editor was closed with nothing changed', () => {
		expect(applyEdit(stored, editedCard(cloze), NOW)).toEqual({ ...stored, updatedAt: NOW });
	});

	it('loses the options and context the edit removed (they are not taken from the stored card)', () => {
		const withContext = { ...stored, context: 'Mali is in West Africa.' };
		const edited = applyEdit(withContext, editedCard({ ...cloze, options: ['', '', ''], context: '' }), NOW);
		expect(['options' in edited, 'context' in edited, edited.generated]).toEqual([false, false, undefined]);
	});
});
