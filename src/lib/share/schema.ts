/** What a decoded link or result code must look like before anything uses it. */
import * as v from 'valibot';
import { LIMITS } from './limits.ts';

const text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.text));

const literalPrompt = v.pipe(text, v.minLength(1));

/** Versions 1 and 2: the part of the sentence between a kept start and end. */
const legacyPrompt = v.union([
	literalPrompt,
	v.strictTuple([index, index]),
	v.strictTuple([index, index, text])
]);

/** Version 3: edits of the sentence (prompt-edits.ts). */
const editedPrompt = v.union([
	literalPrompt,
	v.pipe(
		v.array(
			v.union([v.pipe(v.number(), v.integer(), v.minValue(-LIMITS.text), v.maxValue(LIMITS.text)), text])
		),
		v.maxLength(LIMITS.text)
	)
]);

const questionOf = <P extends v.GenericSchema>(prompt: P) =>
	v.union([
		v.strictTuple([v.picklist([1, 2, 3]), index, prompt, v.union([index, text])]),
		v.strictTuple([
			v.literal(0),
			index,
			prompt,
			index,
			v.pipe(
				v.array(v.union([v.pipe(text, v.minLength(1)), v.literal(0)])),
				v.minLength(2),
				v.maxLength(LIMITS.choices)
			)
		])
	]);

const quizHeadOf = <P extends v.GenericSchema>(prompt: P) =>
	[
		v.pipe(text, v.minLength(1)),
		v.union([text, v.literal(0)]),
		v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255)),
		// Evidence sentences and context lines, each once.
		v.pipe(v.array(v.pipe(text, v.minLength(1))), v.maxLength(2 * LIMITS.questions)),
		v.pipe(v.array(questionOf(prompt)), v.minLength(1), v.maxLength(LIMITS.questions))
	] as const;

const quizOf = <P extends v.GenericSchema>(prompt: P) =>
	v.union([
		v.strictTuple([...quizHeadOf(prompt)]),
		v.strictTuple([...quizHeadOf(prompt), v.pipe(v.array(index), v.maxLength(LIMITS.questions))])
	]);

/** Link version 1 has no context lines; version 2 adds them when a question has one; 3 writes prompts as edits. */
export const LegacyQuizSchema = quizOf(legacyPrompt);
export const CompactQuizSchema = quizOf(editedPrompt);

export const ResultSchema = v.object({
	quizId: v.pipe(v.string(), v.regex(/^[\w-]{8}$/)),
	name: v.pipe(v.string(), v.maxLength(LIMITS.name)),
	answers: v.pipe(
		v.array(
			v.union([
				v.null(),
				v.pipe(v.number(), v.integer(), v.minValue(0)),
				v.pipe(v.string(), v.maxLength(LIMITS.text))
			])
		),
		v.maxLength(LIMITS.questions)
	)
});
