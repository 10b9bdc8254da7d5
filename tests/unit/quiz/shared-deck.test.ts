import { describe, expect, it } from 'vitest';
import { codeAnswers, readAnswers } from '../../../src/lib/share/index.ts';
import { sharedDeck, sharedQuestions, type SharedQuiz } from '../../../src/lib/quiz/index.ts';

const NOW = Date.UTC(2025, 2, 10);
const quiz: SharedQuiz = {
	title: 'T',
	attribution: 'A',
	options: { feedback: 'end' },
	questions: [
		{ kind: 'mcq', prompt: 'p1', answer: 'b', choices: ['a', 'b', 'c', 'd'], evidence: 'S one.' },
		{ kind: 'short', prompt: 'p2', answer: 'x', evidence: 'S one.' },
		{ kind: 'truefalse', prompt: 'p3', answer: 'True', choices: ['True', 'False'], evidence: 'S two.' }
	]
};

describe('a shared quiz in the student library', () => {
	it('becomes a deck of origin shared with one card per question', () => {
		const { deck, cards } = sharedDeck(quiz, 'abcdEFGH', NOW);
		expect(deck).toEqual({
			id: 'shared-abcdEFGH',
			title: 'T',
			attribution: 'A',
			blocks: [{ kind: 'paragraph', sentences: ['S one.', 'S two.'] }],
			text: 'S one. S two.',
			origin: 'shared',
			createdAt: NOW,
			updatedAt: NOW
		});
		expect(cards.map((c) => [c.id, c.type, c.answer])).toEqual([
			['shared-abcdEFGH-1', 'mcq', 'b'],
			['shared-abcdEFGH-2', 'short', 'x'],
			['shared-abcdEFGH-3', 'truefalse', 'True']
		]);
		expect(sharedQuestions(quiz, 'abcdEFGH').map((q) => q.cardId)).toEqual(cards.map((c) => c.id));
	});
});

describe('answers in a result code', () => {
	it('carry a choice by its place and typed text as it is', () => {
		const coded = codeAnswers(quiz.questions, ['b', 'typed', 'False']);
		expect(coded).toEqual([1, 'typed', 1]);
		expect(readAnswers(quiz.questions, coded)).toEqual(['b', 'typed', 'False']);
	});

	it('carry a typed answer that is the key exactly as a short mark', () => {
		const coded = codeAnswers(quiz.questions, ['a', 'x', 'True']);
		expect(coded).toEqual([0, 0, 0]);
		expect(readAnswers(quiz.questions, coded)).toEqual(['a', 'x', 'True']);
	});

	it('read a choice outside the options as no answer', () => {
		expect(readAnswers(quiz.questions, [9, 3, null])).toEqual(['', '', '']);
	});
});
