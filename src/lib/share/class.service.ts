/** Sharing a quiz with a class, taking a shared quiz, and collecting the class's results. */
import { addClassResult, getSharedQuiz, saveDeck, saveSharedQuiz } from '../db/index.ts';
import type { Deck } from '../deck/model.ts';
import type { Question, QuizOptions, SharedQuiz, SharedQuizRecord } from '../quiz/model.ts';
import { recordAttempt, type QuizRun } from '../quiz/quiz.service.ts';
import { sharedDeck, sharedQuestions } from '../quiz/shared-deck.ts';
import { codeAnswers } from './answers.ts';
import { ShareCodeError } from './errors.ts';
import { decodeQuiz, encodeQuiz, type EncodedQuiz } from './link.ts';
import { decodeResult, encodeResult } from './result-code.ts';

/** Makes the link (and its QR form) for a selection of a deck's questions and keeps it, for the class results. */
export async function shareQuiz(
	deck: Deck,
	questions: readonly Question[],
	options: QuizOptions,
	now: number
): Promise<EncodedQuiz> {
	const quiz: SharedQuiz = {
		title: deck.title,
		...(deck.attribution ? { attribution: deck.attribution } : {}),
		options,
		questions: questions.map(({ cardId: _, ...content }) => content)
	};
	const encoded = await encodeQuiz(quiz);
	const { code, quizId } = encoded;
	await saveSharedQuiz({ id: quizId, deckId: deck.id, title: deck.title, code, createdAt: now });
	return encoded;
}

export interface OpenedSharedQuiz {
	quiz: SharedQuiz;
	quizId: string;
	questions: Question[];
}

/** Decodes a link's fragment; throws a `ShareCodeError` for any damage. */
export async function openSharedQuiz(fragment: string): Promise<OpenedSharedQuiz> {
	const { quiz, quizId } = await decodeQuiz(fragment);
	return { quiz, quizId, questions: sharedQuestions(quiz, quizId) };
}

/** Keeps a shared quiz in the student's library (a deck of origin 'shared'), to retake it offline. */
export async function keepSharedQuiz({ quiz, quizId }: OpenedSharedQuiz, now: number): Promise<void> {
	const { deck, cards } = sharedDeck(quiz, quizId, now);
	await saveDeck(deck, cards);
}

/** The student's result code (no score in it), and the attempt in the student's library over its progress. */
export async function finishSharedQuiz(
	opened: OpenedSharedQuiz,
	run: QuizRun,
	name: string,
	given: readonly string[],
	finishedAt: number,
	save: boolean
): Promise<string> {
	const code = encodeResult({ quizId: opened.quizId, name, answers: codeAnswers(opened.questions, given) });
	if (save) await recordAttempt(run, given, finishedAt);
	return code;
}

export interface ClassQuiz extends OpenedSharedQuiz {
	record: SharedQuizRecord;
}

/** A quiz the teacher shared from this device, with its results; undefined when it is not here. */
export async function openClassQuiz(quizId: string): Promise<ClassQuiz | undefined> {
	const record = await getSharedQuiz(quizId);
	if (!record) return undefined;
	return { record, ...(await openSharedQuiz(record.code)) };
}

export type AddOutcome =
	| { kind: 'added'; name: string }
	| { kind: 'duplicate'; name: string }
	| { kind: 'other-quiz' }
	| { kind: 'bad' };

/** Adds one pasted or scanned result code to a quiz's class results. */
export async function addResult(quizId: string, input: string, now: number): Promise<AddOutcome> {
	let result;
	try {
		result = decodeResult(input);
	} catch (error) {
		if (error instanceof ShareCodeError) return { kind: 'bad' };
		throw error;
	}
	if (result.quizId !== quizId) return { kind: 'other-quiz' };
	const code = input.includes('#') ? input.slice(input.lastIndexOf('#') + 1).trim() : input.trim();
	const existing = await addClassResult(quizId, {
		code,
		name: result.name,
		answers: result.answers,
		addedAt: now
	});
	return existing ? { kind: 'duplicate', name: existing.name } : { kind: 'added', name: result.name };
}
