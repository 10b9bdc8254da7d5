import type { FinishedQuizAttempt, QuizAttempt } from '../deck/model.ts';
import type { ClassResult, SharedQuizRecord } from '../quiz/model.ts';
import { nameKey } from '../text/normalize.ts';
import { NotFoundError } from './errors.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';

const isFinished = (attempt: QuizAttempt): attempt is FinishedQuizAttempt => attempt.finishedAt !== undefined;

export function saveQuizAttempt(attempt: QuizAttempt): Promise<void> {
	return writeTx(['quizAttempts'], async (tx) => {
		await tx.objectStore('quizAttempts').put(attempt);
	});
}

/**
 * Saves a quiz under way (no `finishedAt`). Refused when the attempt is already stored as finished (another
 * tab finished it), so an attempt never goes back to being unfinished. Returns whether it was written.
 */
export function saveQuizProgress(attempt: QuizAttempt): Promise<boolean> {
	return writeTx(['quizAttempts'], async (tx) => {
		const store = tx.objectStore('quizAttempts');
		const stored = await store.get(attempt.id);
		if (stored && isFinished(stored)) return false;
		await store.put(attempt);
		return true;
	});
}

function deckAttempts(deckId: string): Promise<QuizAttempt[]> {
	return readTx(['quizAttempts'], (tx) => tx.objectStore('quizAttempts').index('by-deck').getAll(deckId));
}

/** A deck's finished quiz attempts, latest first. */
export async function listQuizAttempts(deckId: string): Promise<FinishedQuizAttempt[]> {
	const attempts = (await deckAttempts(deckId)).filter(isFinished);
	return attempts.sort((a, b) => b.finishedAt - a.finishedAt);
}

/** A deck's quiz attempts still under way, latest started first. */
export async function listUnfinishedQuizAttempts(deckId: string): Promise<QuizAttempt[]> {
	const attempts = (await deckAttempts(deckId)).filter((attempt) => !isFinished(attempt));
	return attempts.sort((a, b) => b.startedAt - a.startedAt);
}

/** Deletes a quiz attempt unless it was finished meanwhile (finished attempts are history). */
export function deleteUnfinishedQuizAttempt(id: string): Promise<void> {
	return writeTx(['quizAttempts'], async (tx) => {
		const store = tx.objectStore('quizAttempts');
		const stored = await store.get(id);
		if (stored && !isFinished(stored)) await store.delete(id);
	});
}

/** "Study these": the cards come first in the next study session (higher `priority` sooner); no scheduling change. */
export function prioritizeCards(cardIds: readonly string[], priority: number): Promise<void> {
	return writeTx(['cards'], async (tx) => {
		const store = tx.objectStore('cards');
		const cards = await Promise.all(cardIds.map((id) => store.get(id)));
		await issueAll(cards.flatMap((card) => (card ? [() => store.put({ ...card, priority })] : [])));
	});
}

/** Stores a quiz the teacher shared; sharing the same quiz again keeps its results. */
export function saveSharedQuiz(record: Omit<SharedQuizRecord, 'results'>): Promise<SharedQuizRecord> {
	return writeTx(['sharedQuizzes'], async (tx) => {
		const store = tx.objectStore('sharedQuizzes');
		const saved = { ...record, results: (await store.get(record.id))?.results ?? [] };
		await store.put(saved);
		return saved;
	});
}

export function getSharedQuiz(id: string): Promise<SharedQuizRecord | undefined> {
	return readTx(['sharedQuizzes'], (tx) => tx.objectStore('sharedQuizzes').get(id));
}

/** The quizzes shared from a deck, latest first. */
export async function listSharedQuizzes(deckId: string): Promise<SharedQuizRecord[]> {
	const quizzes = await readTx(['sharedQuizzes'], (tx) =>
		tx.objectStore('sharedQuizzes').index('by-deck').getAll(deckId)
	);
	return quizzes.sort((a, b) => b.createdAt - a.createdAt);
}

/** Names compare on their key: "Idx\u200b127" and "idx127" are one student. */
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * Adds a student's result unless it is already there: the same code, or another code from the same name
 * (a retake is not counted twice). Returns the result that was already there, if any.
 */
export function addClassResult(quizId: string, result: ClassResult): Promise<ClassResult | undefined> {
	return writeTx(['sharedQuizzes'], async (tx) => {
		const store = tx.objectStore('sharedQuizzes');
		const quiz = await store.get(quizId);
		if (!quiz) throw new NotFoundError(`No shared quiz ${quizId}.`);
		const existing = quiz.results.find(
			(r) => r.code === result.code || (result.name.trim() !== '' && sameName(r.name, result.name))
		);
		if (!existing) await store.put({ ...quiz, results: [...quiz.results, result] });
		return existing;
	});
}

export function removeClassResult(quizId: string, code: string): Promise<void> {
	return writeTx(['sharedQuizzes'], async (tx) => {
		const store = tx.objectStore('sharedQuizzes');
		const quiz = await store.get(quizId);
		if (quiz) await store.put({ ...quiz, results: quiz.results.filter((r) => r.code !== code) });
	});
}
