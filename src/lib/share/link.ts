/** A whole quiz in a URL fragment: version byte, deflate-raw of the compact JSON, CRC-32; base64url. */
import * as v from 'valibot';
import type { QuestionContent, SharedQuiz } from '../quiz/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { checkedBody, deflate, fromBase64Url, inflate, toBase64Url, withChecksum } from './bytes.ts';
import { CompactShapeError, fromCompact, toCompact } from './compact.ts';
import {
	InvalidContentError,
	NewerVersionError,
	OversizedCodeError,
	ShareCodeError,
	TruncatedCodeError
} from './errors.ts';
import { LIMITS, LINK_VERSION } from './limits.ts';
import { CompactQuizSchema } from './schema.ts';
import { quizIdOf } from './quiz-id.ts';

export interface DecodedQuiz {
	quiz: SharedQuiz;
	/** A short hash of the quiz: result codes name their quiz with it. */
	quizId: string;
}

/** The smallest valid code: version, a few bytes of deflate, checksum. */
const MIN_BYTES = 1 + 2 + 4;

export async function encodeQuiz(quiz: SharedQuiz): Promise<{ code: string; quizId: string }> {
	const json = new TextEncoder().encode(JSON.stringify(toCompact(quiz)));
	const body = new Uint8Array([LINK_VERSION, ...(await deflate(json))]);
	return { code: toBase64Url(withChecksum(body)), quizId: await quizIdOf(json) };
}

function parse(json: Uint8Array): SharedQuiz {
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch (error) {
		throw new InvalidContentError('The quiz is not readable.', { cause: error });
	}
	const result = v.safeParse(CompactQuizSchema, data);
	if (!result.success) throw new InvalidContentError(`Not a quiz: ${result.issues[0].message}`);
	try {
		return fromCompact(result.output);
	} catch (error) {
		if (error instanceof CompactShapeError) throw new InvalidContentError(error.message, { cause: error });
		throw error;
	}
}

/** Every text of a decoded quiz, normalised; the quiz id stays that of the link's own bytes. */
function normalized(quiz: SharedQuiz): SharedQuiz {
	const question = (q: QuestionContent): QuestionContent => ({
		...q,
		prompt: normalizeText(q.prompt),
		answer: normalizeText(q.answer),
		evidence: normalizeText(q.evidence),
		...(q.choices && { choices: q.choices.map(normalizeText) }),
		...(q.context !== undefined && { context: normalizeText(q.context) })
	});
	return {
		...quiz,
		title: normalizeText(quiz.title),
		...(quiz.attribution !== undefined && { attribution: normalizeText(quiz.attribution) }),
		questions: quiz.questions.map(question)
	};
}

/** The quiz in a link's fragment (with or without the `#`); any damage is a `ShareCodeError`. */
export async function decodeQuiz(fragment: string): Promise<DecodedQuiz> {
	const code = fragment.trim().replace(/^#/, '');
	if (code.length > LIMITS.linkChars) throw new OversizedCodeError('The link is longer than any quiz.');
	try {
		const bytes = fromBase64Url(code);
		if (bytes.length < MIN_BYTES) throw new TruncatedCodeError('The link is incomplete.');
		const body = checkedBody(bytes);
		const version = body[0] ?? 0;
		if (version > LINK_VERSION) throw new NewerVersionError('Made by a newer version of Factdeck.');
		if (version < 1) throw new InvalidContentError('Not a quiz link.');
		const json = await inflate(body.subarray(1), LIMITS.payloadBytes);
		return { quiz: normalized(parse(json)), quizId: await quizIdOf(json) };
	} catch (error) {
		if (error instanceof ShareCodeError) throw error;
		throw new InvalidContentError('The link could not be read.', { cause: error });
	}
}
