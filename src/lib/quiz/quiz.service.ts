import type { QuizAttempt } from '../deck/model.ts';
import {
	deleteUnfinishedQuizAttempt,
	listQuizAttempts,
	listUnfinishedQuizAttempts,
	prioritizeCards,
	saveQuizAttempt,
	saveQuizProgress
} from '../db/index.ts';
import { grade, type Graded } from './grade.ts';
import type { Feedback, Question } from './model.ts';

/** A quiz under way: saved after every answer under its id, so it can be resumed after a reload. */
export interface QuizRun {
	id: string;
	deckId: string;
	startedAt: number;
	questions: Question[];
	feedback: Feedback;
	/** A quiz from a link: the name the student typed, stored with the progress so a resumed quiz keeps it. */
	name?: string;
}

/** A quiz left unfinished, with the answers given so far (`given[i]` answers `questions[i]`). */
export interface UnfinishedQuiz extends QuizRun {
	given: string[];
}

export interface FinishedQuiz extends Graded {
	attempt: QuizAttempt;
}

export function startQuiz(
	deckId: string,
	questions: Question[],
	feedback: Feedback,
	startedAt: number
): QuizRun {
	return { id: crypto.randomUUID(), deckId, startedAt, questions, feedback };
}

/** Stores the answers given so far, before the next question shows. False when the quiz was finished elsewhere. */
export function saveProgress(run: QuizRun, given: readonly string[]): Promise<boolean> {
	const graded = grade(run.questions, given);
	const answers = graded.answers.slice(0, given.length);
	const { id, deckId, startedAt, questions, feedback, name } = run;
	return saveQuizProgress({
		id,
		deckId,
		startedAt,
		answers,
		score: answers.filter((a) => a.correct).length,
		total: graded.total,
		questions,
		feedback,
		...(name ? { name } : {})
	});
}

/** Grades a finished quiz and stores the attempt (answers, score, time) over its progress; no scheduling log is written. */
export async function recordAttempt(
	run: QuizRun,
	given: readonly string[],
	finishedAt: number
): Promise<FinishedQuiz> {
	const graded = grade(run.questions, given);
	const { id, deckId, startedAt, questions, feedback, name } = run;
	const attempt: QuizAttempt = {
		id,
		deckId,
		startedAt,
		finishedAt,
		...graded,
		questions,
		feedback,
		...(name ? { name } : {})
	};
	await saveQuizAttempt(attempt);
	return { ...graded, attempt };
}

/** The deck's latest quiz left unfinished that can be resumed, if any. */
export async function unfinishedQuiz(deckId: string): Promise<UnfinishedQuiz | undefined> {
	for (const attempt of await listUnfinishedQuizAttempts(deckId)) {
		const { id, startedAt, questions, answers, name } = attempt;
		if (questions?.length && answers.length < questions.length)
			return {
				id,
				deckId,
				startedAt,
				questions,
				feedback: attempt.feedback ?? 'each',
				given: answers.map((a) => a.given),
				...(name ? { name } : {})
			};
	}
	return undefined;
}

/** "Start a new quiz" instead of resuming: the unfinished attempt is dropped (it is no history). */
export function discardQuiz(id: string): Promise<void> {
	return deleteUnfinishedQuizAttempt(id);
}

/** "Study these": the missed cards come first in the next study session. */
export function studyFirst(cardIds: readonly string[], now: number): Promise<void> {
	return prioritizeCards(cardIds, now);
}

export { listQuizAttempts };
