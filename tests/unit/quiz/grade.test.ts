import { describe, expect, it } from 'vitest';
import { classReport, grade, mistakes, type Question } from '../../../src/lib/quiz/index.ts';

const questions: Question[] = [
	{
		cardId: 'a',
		kind: 'mcq',
		prompt: 'Capital?',
		answer: 'Bamako',
		choices: ['Niamey', 'Bamako', 'Dakar', 'Accra'],
		evidence: 'e1'
	},
	{
		cardId: 'b',
		kind: 'truefalse',
		prompt: 'True or false: x',
		answer: 'False',
		choices: ['True', 'False'],
		evidence: 'e2'
	},
	{ cardId: 'c', kind: 'short', prompt: 'Who?', answer: 'Assimi Goita', evidence: 'e3' },
	{ cardId: 'd', kind: 'short', prompt: 'Where?', answer: 'Niger', evidence: 'e4' },
	{ cardId: 'e', kind: 'short', prompt: 'Neighbour?', answer: 'Nigeria', evidence: 'e5' }
];

describe('grading', () => {
	it('takes a choice exactly and a typed answer tolerantly', () => {
		expect(grade(questions, ['Bamako', 'False', 'assimi giota', 'the Niger', 'Nigeria'])).toEqual({
			answers: [
				{ cardId: 'a', given: 'Bamako', correct: true },
				{ cardId: 'b', given: 'False', correct: true },
				{ cardId: 'c', given: 'assimi giota', correct: true },
				{ cardId: 'd', given: 'the Niger', correct: true },
				{ cardId: 'e', given: 'Nigeria', correct: true }
			],
			score: 5,
			total: 5
		});
	});

	it('refuses a slip that is as close to another answer of the quiz', () => {
		expect(grade(questions, ['', '', '', 'Nigera', '']).answers[3]?.correct).toBe(false);
	});

	it('counts a missing answer as wrong', () => {
		expect(grade(questions, ['Dakar']).score).toBe(0);
	});

	it('retries exactly the mistakes, in order', () => {
		const { answers } = grade(questions, ['Dakar', 'False', 'Goita', 'Niger', '']);
		expect(mistakes(questions, answers).map((q) => q.cardId)).toEqual(['a', 'c', 'e']);
	});
});

describe('class report', () => {
	it('scores every student from the answers and ranks the most missed questions', () => {
		const report = classReport(questions.slice(0, 3), [
			{ name: 'Ada', given: ['Bamako', 'False', 'Assimi Goita'] },
			{ name: 'Ben', given: ['Dakar', 'False', ''] },
			{ name: 'Cy', given: ['Dakar', 'True', 'Assimi Goita'] }
		]);
		expect(report.students).toEqual([
			{ name: 'Ada', score: 3, total: 3, correct: [true, true, true] },
			{ name: 'Ben', score: 1, total: 3, correct: [false, true, false] },
			{ name: 'Cy', score: 1, total: 3, correct: [false, false, true] }
		]);
		expect(report.questions.map((row) => [row.question.cardId, row.rate, row.wrong])).toEqual([
			['a', 1 / 3, 2],
			['b', 2 / 3, 1],
			['c', 2 / 3, 1]
		]);
		expect(report.mostMissed.map((row) => row.question.cardId)).toEqual(['a', 'b', 'c']);
	});

	it('has no rates before any student', () => {
		expect(classReport(questions, []).questions.every((row) => row.rate === 0)).toBe(true);
	});
});
