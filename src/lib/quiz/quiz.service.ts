import type { QuizAttempt } from '../deck/model.ts';
import { listQuizAttempts, prioritizeCards, saveQuizAttempt } from '../db/index.ts';
import { grade, type Graded } from './grade.ts';
import type { Question } from './model.ts';

export interface FinishedQuiz extends Graded {
	attempt: QuizAttempt;
}

/** Grades a finished quiz and stores the attempt (answers, score, time); no scheduling log is written. */
export async function recordAttempt(
	deckId: string,
	questions: readonly Question[],
	given: readonly string[],
	startedAt: number,
	finishedAt: number
): Promise<FinishedQuiz> {
	const graded = grade(questions, given);
	const attempt: QuizAttempt = { id: crypto.randomUUID(), deckId, startedAt, finishedAt, ...graded };
	await saveQuizAttempt(attempt);
	return { ...graded, attempt };
}

/** "Study these": the missed cards come first in the next study session. */
export function studyFirst(cardIds: readonly string[], now: number): Promise<void> {
	return prioritizeCards(cardIds, now);
}

export { listQuizAttempts };
