import { checkAnswer, normalizeAnswer } from '../generate/match.ts';
import type { QuizAnswer } from '../deck/model.ts';
import type { Question, QuestionContent } from './model.ts';

/** Every answer and option in the quiz other than this question's answer: a slip as close to one is refused. */
export function othersFor(question: QuestionContent, questions: readonly QuestionContent[]): string[] {
	const key = normalizeAnswer(question.answer);
	const all = questions.flatMap((q) => [q.answer, ...(q.kind === 'mcq' ? (q.choices ?? []) : [])]);
	return [...new Set(all)].filter((other) => normalizeAnswer(other) !== key);
}

/** A choice must be the answer exactly; a typed answer is matched tolerantly. */
export function isCorrect(
	question: QuestionContent,
	given: string,
	questions: readonly QuestionContent[]
): boolean {
	if (question.kind !== 'short') return given === question.answer;
	return checkAnswer(given, question.answer, othersFor(question, questions));
}

export interface Graded {
	answers: QuizAnswer[];
	score: number;
	total: number;
}

/** `given[i]` answers `questions[i]`; a missing answer is an empty string and counts as wrong. */
export function grade(questions: readonly Question[], given: readonly string[]): Graded {
	const answers = questions.map((question, i) => {
		const text = given[i] ?? '';
		return { cardId: question.cardId, given: text, correct: isCorrect(question, text, questions) };
	});
	return { answers, score: answers.filter((a) => a.correct).length, total: questions.length };
}

/** The questions answered wrongly, in quiz order: "Retry mistakes". */
export function mistakes(questions: readonly Question[], answers: readonly QuizAnswer[]): Question[] {
	const wrong = new Set(answers.filter((a) => !a.correct).map((a) => a.cardId));
	return questions.filter((q) => wrong.has(q.cardId));
}
