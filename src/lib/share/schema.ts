/** What a decoded link or result code must look like before anything uses it. */
import * as v from 'valibot';
import { LIMITS } from './limits.ts';

const text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.text));

const prompt = v.union([
	v.pipe(text, v.minLength(1)),
	v.strictTuple([index, index]),
	v.strictTuple([index, index, text])
]);

const question = v.union([
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

const quizHead = [
	v.pipe(text, v.minLength(1)),
	v.union([text, v.literal(0)]),
	v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255)),
	// Evidence sentences and context lines, each once.
	v.pipe(v.array(v.pipe(text, v.minLength(1))), v.maxLength(2 * LIMITS.questions)),
	v.pipe(v.array(question), v.minLength(1), v.maxLength(LIMITS.questions))
] as const;

/** Link version 1 has no context lines; version 2 adds them when a question has one. */
export const CompactQuizSchema = v.union([
	v.strictTuple([...quizHead]),
	v.strictTuple([...quizHead, v.pipe(v.array(index), v.maxLength(LIMITS.questions))])
]);

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
