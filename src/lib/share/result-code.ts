/**
 * A student's answers as a short code: version, quiz id (6 bytes), name, answers, CRC-32; base64url.
 * An answer is a choice's place (one byte below 0x80), 0x80 for none, or 0x81 and length-prefixed UTF-8 text.
 * The score is not in the code: the teacher's app works it out from the answers.
 */
import * as v from 'valibot';
import { checkedBody, fromBase64Url, toBase64Url, withChecksum } from './bytes.ts';
import {
	CorruptedCodeError,
	InvalidContentError,
	NewerVersionError,
	OversizedCodeError,
	ShareCodeError,
	TruncatedCodeError
} from './errors.ts';
import { normalizeText } from '../text/normalize.ts';
import { LIMITS, RESULT_VERSION } from './limits.ts';
import { ResultSchema } from './schema.ts';

/** One answer: a choice's place, typed text, or none. */
export type CodedAnswer = number | string | null;

export interface StudentResult {
	quizId: string;
	name: string;
	answers: CodedAnswer[];
}

const NONE = 0x80;
const TEXT = 0x81;
const MIN_BYTES = 1 + 6 + 1 + 1 + 4;

function pushText(out: number[], text: string): void {
	const bytes = new TextEncoder().encode(text);
	pushLength(out, bytes.length);
	out.push(...bytes);
}

function pushLength(out: number[], n: number): void {
	while (n >= 0x80) {
		out.push((n & 0x7f) | 0x80);
		n >>>= 7;
	}
	out.push(n);
}

export function encodeResult(result: StudentResult): string {
	const out: number[] = [RESULT_VERSION, ...fromBase64Url(result.quizId)];
	pushText(out, result.name.slice(0, LIMITS.name));
	pushLength(out, result.answers.length);
	for (const answer of result.answers) {
		if (answer === null) out.push(NONE);
		else if (typeof answer === 'number') out.push(answer);
		else {
			out.push(TEXT);
			pushText(out, answer.slice(0, LIMITS.text));
		}
	}
	return toBase64Url(withChecksum(new Uint8Array(out)));
}

class Reader {
	#at = 0;
	constructor(readonly bytes: Uint8Array) {}
	byte(): number {
		const byte = this.bytes[this.#at++];
		if (byte === undefined) throw new InvalidContentError('The code ends too early.');
		return byte;
	}
	length(): number {
		let n = 0;
		for (let shift = 0; shift < 21; shift += 7) {
			const byte = this.byte();
			n |= (byte & 0x7f) << shift;
			if (byte < 0x80) return n;
		}
		throw new InvalidContentError('A length is too long.');
	}
	text(): string {
		const n = this.length();
		if (this.#at + n > this.bytes.length) throw new InvalidContentError('Text runs past the end.');
		const slice = this.bytes.subarray(this.#at, (this.#at += n));
		return new TextDecoder('utf-8', { fatal: true }).decode(slice);
	}
	get done(): boolean {
		return this.#at === this.bytes.length;
	}
}

function read(body: Uint8Array): StudentResult {
	const reader = new Reader(body.subarray(7));
	const name = reader.text();
	const count = reader.length();
	if (count > LIMITS.questions) throw new InvalidContentError('Too many answers.');
	const answers: CodedAnswer[] = [];
	for (let i = 0; i < count; i++) {
		const tag = reader.byte();
		answers.push(tag < NONE ? tag : tag === NONE ? null : tag === TEXT ? reader.text() : NaN);
	}
	if (!reader.done) throw new InvalidContentError('Bytes after the last answer.');
	const result = v.safeParse(ResultSchema, {
		quizId: toBase64Url(body.subarray(1, 7)),
		name: normalizeText(name),
		answers: answers.map((answer) => (typeof answer === 'string' ? normalizeText(answer) : answer))
	});
	if (!result.success) throw new InvalidContentError(`Not a result: ${result.issues[0].message}`);
	return result.output;
}

/** Accepts the bare code or a whole result link (the code is its fragment); any damage is a `ShareCodeError`. */
export function decodeResult(input: string): StudentResult {
	const code = (input.includes('#') ? input.slice(input.lastIndexOf('#') + 1) : input).trim();
	if (code.length > LIMITS.resultChars) throw new OversizedCodeError('The code is longer than any result.');
	try {
		const bytes = fromBase64Url(code);
		if (bytes.length < MIN_BYTES) throw new TruncatedCodeError('The code is incomplete.');
		const body = checkedBody(bytes);
		if (body[0] !== RESULT_VERSION) {
			if ((body[0] ?? 0) > RESULT_VERSION)
				throw new NewerVersionError('Made by a newer version of Factdeck.');
			throw new CorruptedCodeError('Not a result code.');
		}
		return read(body);
	} catch (error) {
		if (error instanceof ShareCodeError) throw error;
		throw new InvalidContentError('The code could not be read.', { cause: error });
	}
}
