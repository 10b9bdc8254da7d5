import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	addClassResult,
	getSharedQuiz,
	listCards,
	listQuizAttempts,
	listSharedQuizzes,
	NotFoundError,
	prioritizeCards,
	removeClassResult,
	saveDeck,
	saveQuizAttempt,
	saveSharedQuiz
} from '../../../src/lib/db/index.ts';
import type { ClassResult } from '../../../src/lib/quiz/model.ts';
import { DAY, makeAttempt, makeCard, makeDeck, NOW } from './builders.ts';
import { resetDatabase } from './fake-idb.ts';

beforeEach(resetDatabase);

const shared = { id: 'quiz0001', deckId: 'd1', title: 'Deck d1', code: 'AQID', createdAt: NOW };
const result = (code: string, name: string): ClassResult => ({
	code,
	name,
	answers: [0, 'x', null],
	addedAt: NOW
});

describe('quiz attempts', () => {
	it('lists a deck’s attempts, latest first, and no other deck’s', async () => {
		const cards = [makeCard('d1', 'c1')];
		const early = { ...makeAttempt('d1', 'a1', cards), finishedAt: NOW - DAY };
		const late = makeAttempt('d1', 'a2', cards);
		await saveQuizAttempt(early);
		await saveQuizAttempt(late);
		await saveQuizAttempt(makeAttempt('d2', 'a3', cards));
		expect(await listQuizAttempts('d1')).toEqual([late, early]);
	});
});

describe('study these', () => {
	it('gives the missed cards a priority and leaves their scheduling alone', async () => {
		const cards = [makeCard('d1', 'c1'), makeCard('d1', 'c2')];
		await saveDeck(makeDeck('d1'), cards);
		await prioritizeCards(['c2', 'missing'], NOW);
		expect(await listCards('d1')).toEqual([cards[0], { ...cards[1], priority: NOW }]);
	});
});

describe('shared quizzes and class results', () => {
	it('keeps the results when the same quiz is shared again', async () => {
		await saveSharedQuiz(shared);
		await addClassResult(shared.id, result('r1', 'Ada'));
		await saveSharedQuiz({ ...shared, createdAt: NOW + 1 });
		expect(await getSharedQuiz(shared.id)).toEqual({
			...shared,
			createdAt: NOW + 1,
			results: [result('r1', 'Ada')]
		});
	});

	it('lists a deck’s shared quizzes, latest first', async () => {
		await saveSharedQuiz(shared);
		await saveSharedQuiz({ ...shared, id: 'quiz0002', createdAt: NOW + 1 });
		await saveSharedQuiz({ ...shared, id: 'quiz0003', deckId: 'd2' });
		expect((await listSharedQuizzes('d1')).map((q) => q.id)).toEqual(['quiz0002', 'quiz0001']);
	});

	it('does not count the same code or the same name twice, and says which result was there', async () => {
		await saveSharedQuiz(shared);
		expect(await addClassResult(shared.id, result('r1', 'Ada'))).toBeUndefined();
		expect(await addClassResult(shared.id, result('r1', 'Ada'))).toEqual(result('r1', 'Ada'));
		expect(await addClassResult(shared.id, result('r2', ' ada '))).toEqual(result('r1', 'Ada'));
		expect(await addClassResult(shared.id, result('r3', ''))).toBeUndefined();
		expect(await addClassResult(shared.id, result('r4', ''))).toBeUndefined();
		expect((await getSharedQuiz(shared.id))?.results.map((r) => r.code)).toEqual(['r1', 'r3', 'r4']);
	});

	it('removes a result', async () => {
		await saveSharedQuiz(shared);
		await addClassResult(shared.id, result('r1', 'Ada'));
		await removeClassResult(shared.id, 'r1');
		expect((await getSharedQuiz(shared.id))?.results).toEqual([]);
	});

	it('refuses a result for a quiz that is not stored', async () => {
		await expect(addClassResult('nope', result('r1', 'Ada'))).rejects.toThrow(NotFoundError);
	});
});
