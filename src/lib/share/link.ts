/**
 * A whole quiz in a URL fragment: version byte, deflate-raw of the compact JSON, CRC-32. Since link version 3 the
 * deflate uses a preset dictionary of common English words, and the same bytes have two forms that open the same
 * quiz: base64url (the link people copy: the fewest characters) and upper-case base32 (the QR code: a QR code's
 * alphanumeric mode packs it in 5.5 bits a character where base64url needs byte mode's 8).
 */
import * as v from 'valibot';
import type { QuestionContent, SharedQuiz } from '../quiz/model.ts';
import { normalizeText } from '../text/normalize.ts';
import {
	checkedBody,
	fromBase32,
	fromBase64Url,
	inflate,
	isBase32,
	toBase32,
	toBase64Url,
	withChecksum
} from './bytes.ts';
import { CompactShapeError, fromCompact, toCompact, type CompactQuiz } from './compact.ts';
import {
	InvalidContentError,
	NewerVersionError,
	OversizedCodeError,
	ShareCodeError,
	TruncatedCodeError
} from './errors.ts';
import { LIMITS, LINK_VERSION } from './limits.ts';
import { CompactQuizSchema, LegacyQuizSchema } from './schema.ts';
import { quizIdOf } from './quiz-id.ts';

export interface DecodedQuiz {
	quiz: SharedQuiz;
	/** A short hash of the quiz: result codes name their quiz with it. */
	quizId: string;
}

export interface EncodedQuiz {
	/** The link's fragment as people copy it (base64url). */
	code: string;
	/** The same bytes for a QR code (base32, upper case). */
	qrCode: string;
	quizId: string;
}

/** The smallest valid code: version, a few bytes of deflate, checksum. */
const MIN_BYTES = 1 + 2 + 4;

/** Version 3's dictionary: a chunk of its own, loaded with the first link. */
async function dictionary(): Promise<Uint8Array> {
	const { DICTIONARY_V3 } = await import('./dictionary-v3.ts');
	return new TextEncoder().encode(DICTIONARY_V3);
}

export async function encodeQuiz(quiz: SharedQuiz): Promise<EncodedQuiz> {
	const json = new TextEncoder().encode(JSON.stringify(toCompact(quiz)));
	// The platform's CompressionStream takes no dictionary; fflate does, loaded only where links are made.
	const { deflateSync } = await import('fflate');
	const deflated = deflateSync(json, { level: 9, mem: 12, dictionary: await dictionary() });
	const bytes = withChecksum(new Uint8Array([LINK_VERSION, ...deflated]));
	return { code: toBase64Url(bytes), qrCode: toBase32(bytes), quizId: await quizIdOf(json) };
}

function parse(json: Uint8Array, version: number): SharedQuiz {
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch (error) {
		throw new InvalidContentError('The quiz is not readable.', { cause: error });
	}
	const result = v.safeParse(version >= 3 ? CompactQuizSchema : LegacyQuizSchema, data);
	if (!result.success) throw new InvalidContentError(`Not a quiz: ${result.issues[0].message}`);
	try {
		return fromCompact(result.output as CompactQuiz, version);
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

/** The checked body of a code in either form (a base32 code is tried as base32 first). */
function body(code: string): Uint8Array {
	const forms = isBase32(code) ? [fromBase32, fromBase64Url] : [fromBase64Url];
	let failure: unknown;
	for (const form of forms) {
		try {
			const bytes = form(code);
			if (bytes.length < MIN_BYTES) throw new TruncatedCodeError('The link is incomplete.');
			return checkedBody(bytes);
		} catch (error) {
			failure ??= error;
		}
	}
	throw failure;
}

/**
 * Version 3's deflate with its dictionary, through the platform's DecompressionStream: the dictionary goes in front
 * as a stored block, so the stream's back-references into it resolve, and is cut from the output.
 */
async function inflateV3(bytes: Uint8Array): Promise<Uint8Array> {
	const preset = await dictionary();
	const stored = new Uint8Array(5 + preset.length + bytes.length);
	new DataView(stored.buffer).setUint16(1, preset.length, true);
	new DataView(stored.buffer).setUint16(3, ~preset.length & 0xffff, true);
	stored.set(preset, 5);
	stored.set(bytes, 5 + preset.length);
	return (await inflate(stored, preset.length + LIMITS.payloadBytes)).subarray(preset.length);
}

/** The quiz in a link's fragment (with or without the `#`), in either form; any damage is a `ShareCodeError`. */
export async function decodeQuiz(fragment: string): Promise<DecodedQuiz> {
	const code = fragment.trim().replace(/^#/, '');
	if (code.length > LIMITS.linkChars) throw new OversizedCodeError('The link is longer than any quiz.');
	try {
		const checked = body(code);
		const version = checked[0] ?? 0;
		if (version > LINK_VERSION) throw new NewerVersionError('Made by a newer version of Factdeck.');
		if (version < 1) throw new InvalidContentError('Not a quiz link.');
		const deflated = checked.subarray(1);
		const json = version >= 3 ? await inflateV3(deflated) : await inflate(deflated, LIMITS.payloadBytes);
		return { quiz: normalized(parse(json, version)), quizId: await quizIdOf(json) };
	} catch (error) {
		if (error instanceof ShareCodeError) throw error;
		throw new InvalidContentError('The link could not be read.', { cause: error });
	}
}
