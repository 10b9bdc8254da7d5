import type { QuestionContent } from '../quiz/model.ts';
import type { CodedAnswer } from './result-code.ts';

/**
 * Answers as a result code carries them: a choice by its place, typed text as it is (0 when it is the key exactly
 * as the quiz writes it, to keep codes short), nothing as null.
 */
export function codeAnswers(questions: readonly QuestionContent[], given: readonly string[]): CodedAnswer[] {
	return questions.map((question, i) => {
		const text = given[i] ?? '';
		if (!text) return null;
		if (question.kind === 'short') return text === question.answer ? 0 : text;
		const at = (question.choices ?? []).indexOf(text);
		return at >= 0 ? at : text;
	});
}

/** The given answers back as text; a choice outside the question's options reads as no answer. */
export function readAnswers(questions: readonly QuestionContent[], coded: readonly CodedAnswer[]): string[] {
	return questions.map((question, i) => {
		const answer = coded[i] ?? null;
		if (answer === null) return '';
		if (typeof answer === 'string') return answer;
		if (question.kind === 'short') return answer === 0 ? question.answer : '';
		return question.choices?.[answer] ?? '';
	});
}
