import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAllStores, listQuizAttempts, saveQuizAttempt } from '../../../src/lib/db/index.ts';
import type { Question } from '../../../src/lib/quiz/model.ts';
import {
	discardQuiz,
	recordAttempt,
	saveProgress,
	startQuiz,
	unfinishedQuiz,
	type QuizRun
} from '../../../src/lib/quiz/quiz.service.ts';
import { resetDatabase } from '../db/fake-idb.ts';
import { makeAttempt, makeCard, NOW } from '../db/builders.ts';

beforeEach(resetDatabase);

const storedRecords = async () => (await exportAllStores()).quizAttempts;

const questions: Question[] = [
	{
		cardId: 'a',
		kind: 'mcq',
		prompt: 'Capital?',
		answer: 'Bamako',
		choices: ['Niamey', 'Bamako', 'Dakar', 'Accra'],
		evidence: 'e1'
	},
	{ cardId: 'b', kind: 'short', prompt: 'Who?', answer: 'Assimi Goita', evidence: 'e2' },
	{ cardId: 'c', kind: 'short', prompt: 'Where?', answer: 'Niger', evidence: 'e3' }
];

const run: QuizRun = { id: 'run1', deckId: 'd1', startedAt: NOW, questions, feedback: 'end' };

describe('a quiz under way', () => {
	it('is stored after every answer without finishing it, and is offered for resuming', async () => {
		await saveProgress(run, ['Bamako']);
		await saveProgress(run, ['Bamako', 'Modibo']);
		expect(await storedRecords()).toEqual([
			{
				id: 'run1',
				deckId: 'd1',
				startedAt: NOW,
				answers: [
					{ cardId: 'a', given: 'Bamako', correct: true },
					{ cardId: 'b', given: 'Modibo', correct: false }
				],
				score: 1,
				total: 3,
				questions,
				feedback: 'end'
			}
		]);
		expect(await unfinishedQuiz('d1')).toEqual({ ...run, given: ['Bamako', 'Modibo'] });
		expect(await unfinishedQuiz('d2')).toBeUndefined();
		expect(await listQuizAttempts('d1')).toEqual([]);
	});

	it('keeps the name a student typed for a quiz from a link, so a resumed quiz sends it (it came back empty)', async () => {
		const student = { ...run, name: 'Ada' };
		await saveProgress(student, ['Bamako']);
		expect(await unfinishedQuiz('d1')).toEqual({ ...student, given: ['Bamako'] });
		const { attempt } = await recordAttempt(student, ['Bamako', 'x', 'y'], NOW + 1000);
		expect(attempt.name).toBe('Ada');
	});

	it('becomes one finished attempt in the history when it ends', async () => {
		await saveProgress(run, ['Bamako', 'Modibo']);
		const finished = await recordAttempt(run, ['Bamako', 'Modibo', 'niger'], NOW + 60_000);
		expect(finished.score).toBe(2);
		expect(await storedRecords()).toEqual([finished.attempt]);
		expect(await listQuizAttempts('d1')).toEqual([finished.attempt]);
		expect(await unfinishedQuiz('d1')).toBeUndefined();
	});

	it('late progress from another tab does not turn a finished attempt back into an unfinished one', async () => {
		const finished = await recordAttempt(run, ['Bamako', 'Assimi Goita', 'Niger'], NOW + 60_000);
		expect(await saveProgress(run, ['Bamako'])).toBe(false);
		expect(await storedRecords()).toEqual([finished.attempt]);
	});

	it('offers the latest one started when several were left unfinished', async () => {
		const later = { ...run, id: 'run2', startedAt: NOW + 1000 };
		await saveProgress(run, ['Bamako']);
		await saveProgress(later, ['Niamey', 'x']);
		expect(await unfinishedQuiz('d1')).toEqual({ ...later, given: ['Niamey', 'x'] });
	});

	it('is dropped by "Start a new quiz", while finished attempts stay', async () => {
		const old = makeAttempt('d1', 'old', [makeCard('d1', 'a')]);
		await saveQuizAttempt(old);
		await saveProgress(run, ['Bamako']);
		await discardQuiz(run.id);
		await discardQuiz(old.id);
		expect(await storedRecords()).toEqual([old]);
		expect(await unfinishedQuiz('d1')).toBeUndefined();
	});
});

describe('attempts stored before quizzes could be resumed', () => {
	it('read as finished history and are never offered for resuming', async () => {
		const old = makeAttempt('d1', 'old', [makeCard('d1', 'a')]);
		await saveQuizAttempt(old);
		expect(await listQuizAttempts('d1')).toEqual([old]);
		expect(await unfinishedQuiz('d1')).toBeUndefined();
	});
});

describe('starting a quiz', () => {
	it('gives each run its own id', () => {
		const a = startQuiz('d1', questions, 'each', NOW);
		const b = startQuiz('d1', questions, 'each', NOW);
		expect({ ...a, id: '' }).toEqual({ id: '', deckId: 'd1', startedAt: NOW, questions, feedback: 'each' });
		expect(a.id).not.toBe(b.id);
	});
});
