/**
 * The quiz as a compact JSON array: every evidence sentence stored once, a prompt written as edits of its
 * sentence, an answer that is the blanked part of the sentence not written at all.
 *
 * [title, attribution | 0, flags, sentences[], questions[], contexts?]
 * question: [kind, sentence, prompt, answer, choices?]
 *   kind: 0 mcq, 1 true/false "True or false: …", 2 short, 3 true/false with another wording
 *   prompt: a string as it is, or (since link version 3) edits of the sentence (see prompt-edits.ts); versions 1
 *     and 2 wrote [a, b] / [a, b, middle]: sentence.slice(0, a) + (middle ?? BLANK) + last b letters
 *   answer: mcq: the answer's place among the choices; true/false: 1 or 0; short: a string, or 0 for the blanked part
 *   choices (mcq): the options, the answer's place 0 when it is the blanked part
 * contexts (since link version 2, only when a question has one): per question 0, or 1 + the sentence shown above
 *   its prompt (context lines are most often another question's evidence, so they are stored once with them)
 */
import { BLANK } from '../deck/model.ts';
import type { QuestionContent, QuestionKind, SharedQuiz } from '../quiz/model.ts';
import { TRUE_FALSE } from '../quiz/model.ts';
import { applyEdits, PromptEditError, promptEdits, type PromptEdit } from './prompt-edits.ts';

export const TF_LEAD = 'True or false: ';

/** Link versions 1 and 2 wrote a prompt as the part of its sentence between a kept start and end. */
type LegacyPrompt = [number, number] | [number, number, string];
export type CompactPrompt = string | PromptEdit[] | LegacyPrompt;
export type CompactQuestion =
	| [number, number, CompactPrompt, number | string]
	| [number, number, CompactPrompt, number | string, (string | 0)[]];
export type CompactQuiz =
	| [string, string | 0, number, string[], CompactQuestion[]]
	| [string, string | 0, number, string[], CompactQuestion[], number[]];

const FEEDBACK_EACH = 1;

/** The prompt against its sentence: edits when shorter than the prompt, and the part its blank stands for. */
function comparePrompt(prompt: string, sentence: string): { prompt: CompactPrompt; blanked?: string } {
	const edits = promptEdits(prompt, sentence);
	if (JSON.stringify(edits).length >= JSON.stringify(prompt).length) return { prompt };
	return { prompt: edits, ...applyEdits(edits, sentence) };
}

function kindCode(question: QuestionContent): { code: number; prompt: string } {
	if (question.kind === 'mcq') return { code: 0, prompt: question.prompt };
	if (question.kind === 'short') return { code: 2, prompt: question.prompt };
	return question.prompt.startsWith(TF_LEAD)
		? { code: 1, prompt: question.prompt.slice(TF_LEAD.length) }
		: { code: 3, prompt: question.prompt };
}

function compactQuestion(question: QuestionContent, sentence: number, text: string): CompactQuestion {
	const { code, prompt: rest } = kindCode(question);
	const { prompt, blanked } = comparePrompt(rest, text);
	if (question.kind === 'truefalse') return [code, sentence, prompt, question.answer === 'True' ? 1 : 0];
	if (question.kind === 'short')
		return [code, sentence, prompt, question.answer === blanked ? 0 : question.answer];
	const choices = question.choices ?? [];
	const at = choices.indexOf(question.answer);
	return [code, sentence, prompt, at, choices.map((c, i) => (i === at && c === blanked ? 0 : c))];
}

export function toCompact(quiz: SharedQuiz): CompactQuiz {
	const sentences: string[] = [];
	const sentenceIndex = (text: string) => {
		const at = sentences.indexOf(text);
		return at < 0 ? sentences.push(text) - 1 : at;
	};
	const questions = quiz.questions.map((question) =>
		compactQuestion(question, sentenceIndex(question.evidence), question.evidence)
	);
	const contexts = quiz.questions.map((q) => (q.context ? 1 + sentenceIndex(q.context) : 0));
	const flags = quiz.options.feedback === 'each' ? FEEDBACK_EACH : 0;
	const head = [quiz.title, quiz.attribution || 0, flags, sentences, questions] as const;
	return contexts.some(Boolean) ? [...head, contexts] : [...head];
}

/** Thrown by `fromCompact` when indexes or offsets point nowhere; the caller turns it into a clean error. */
export class CompactShapeError extends Error {}

function expandPrompt(
	prompt: CompactPrompt,
	sentence: string,
	version: number
): { text: string; blanked?: string } {
	if (typeof prompt === 'string') return { text: prompt };
	if (version >= 3) {
		try {
			return applyEdits(prompt, sentence);
		} catch (error) {
			if (error instanceof PromptEditError) throw new CompactShapeError(error.message);
			throw error;
		}
	}
	const [a, b, middle] = prompt as LegacyPrompt;
	if (a + b > sentence.length) throw new CompactShapeError('A prompt reaches past its sentence.');
	const text = sentence.slice(0, a) + (middle ?? BLANK) + sentence.slice(sentence.length - b);
	return middle === undefined ? { text, blanked: sentence.slice(a, sentence.length - b) } : { text };
}

const KINDS: QuestionKind[] = ['mcq', 'truefalse', 'short', 'truefalse'];

function expandQuestion(
	[code, at, compactPrompt, answer, choices]: CompactQuestion,
	sentences: string[],
	version: number
) {
	const evidence = sentences[at];
	const kind = KINDS[code];
	if (evidence === undefined || !kind) throw new CompactShapeError('A question points to nothing.');
	const { text, blanked } = expandPrompt(compactPrompt, evidence, version);
	const prompt = code === 1 ? TF_LEAD + text : text;
	const derived = (value: string | number) => {
		if (value !== 0) return value;
		if (blanked === undefined) throw new CompactShapeError('An answer refers to a blank that is not there.');
		return blanked;
	};
	if (kind === 'truefalse') {
		if (answer !== 0 && answer !== 1) throw new CompactShapeError('A true/false answer is neither.');
		return { kind, prompt, answer: answer ? 'True' : 'False', choices: [...TRUE_FALSE], evidence };
	}
	if (kind === 'short') {
		if (choices) throw new CompactShapeError('A short-answer question has choices.');
		const given = derived(answer);
		if (typeof given !== 'string') throw new CompactShapeError('A short answer is not text.');
		return { kind, prompt, answer: given, evidence };
	}
	if (!choices || typeof answer !== 'number' || !Number.isInteger(answer) || !(answer in choices))
		throw new CompactShapeError('A multiple-choice answer is not among its choices.');
	const expanded = choices.map((choice) => String(derived(choice)));
	if (new Set(expanded).size !== expanded.length) throw new CompactShapeError('Two choices are the same.');
	return { kind, prompt, answer: expanded[answer] ?? '', choices: expanded, evidence };
}

function contextOf(contexts: number[] | undefined, i: number, sentences: string[]): { context?: string } {
	const at = contexts?.[i] ?? 0;
	if (!at) return {};
	const context = sentences[at - 1];
	if (context === undefined) throw new CompactShapeError('A context line points to nothing.');
	return { context };
}

/** The quiz from its compact form, as link `version` wrote it. */
export function fromCompact(
	[title, attribution, flags, sentences, questions, contexts]: CompactQuiz,
	version: number
): SharedQuiz {
	if (contexts && contexts.length !== questions.length)
		throw new CompactShapeError('The context lines do not match the questions.');
	return {
		title,
		...(attribution ? { attribution } : {}),
		options: { feedback: flags & FEEDBACK_EACH ? 'each' : 'end' },
		questions: questions.map((question, i) => ({
			...expandQuestion(question, sentences, version),
			...contextOf(contexts, i, sentences)
		}))
	};
}
