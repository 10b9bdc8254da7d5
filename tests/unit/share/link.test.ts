import { describe, expect, it } from 'vitest';
import { deflate, toBase64Url, withChecksum } from '../../../src/lib/share/bytes.ts';
import { toCompact } from '../../../src/lib/share/compact.ts';
import {
	CorruptedCodeError,
	decodeQuiz,
	encodeQuiz,
	InvalidContentError,
	NewerVersionError,
	OversizedCodeError,
	ShareCodeError
} from '../../../src/lib/share/index.ts';
import type { SharedQuiz } from '../../../src/lib/quiz/model.ts';
import { DEFAULT_DECK, LONG_DECK, longestQuiz, wholeDeckQuiz } from './decks.ts';

/** A code with a valid checksum around any version byte and payload: what a hand-made link looks like. */
async function craft(payload: unknown, version = 1): Promise<string> {
	const json = new TextEncoder().encode(typeof payload === 'string' ? payload : JSON.stringify(payload));
	return toBase64Url(withChecksum(new Uint8Array([version, ...(await deflate(json))])));
}

/** A seeded generator, so a failing mutation can be replayed. */
function random(seed: number): () => number {
	return () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed / 2 ** 31;
	};
}

const hostile: SharedQuiz = {
	title: '<script>alert(1)</script> Ünïcødé 😀',
	options: { feedback: 'end' },
	questions: [
		{
			kind: 'short',
			prompt: 'Who wrote <img src=x onerror=alert(1)>?',
			answer: '<b>x</b>',
			evidence: 'é "quoted" \\ 0'
		},
		{ kind: 'mcq', prompt: '_____', answer: 'a', choices: ['b', 'a', 'c', 'd'], evidence: 'a' }
	]
};

describe('quiz links', () => {
	it.each([
		['the default deck, every card', wholeDeckQuiz(DEFAULT_DECK)],
		['the long article, every card', wholeDeckQuiz(LONG_DECK)],
		['hostile text', hostile]
	])('round-trips %s exactly', async (_, quiz) => {
		const { code, quizId } = await encodeQuiz(quiz);
		expect(code).toMatch(/^[\w-]+$/);
		expect(await decodeQuiz(`#${code}`)).toEqual({ quiz, quizId });
	});

	it('names a quiz by a hash of its content', async () => {
		const one = await encodeQuiz(hostile);
		const two = await encodeQuiz({ ...hostile, title: 'Another' });
		expect(one.quizId).toMatch(/^[\w-]{8}$/);
		expect(two.quizId).not.toBe(one.quizId);
		expect((await encodeQuiz(hostile)).quizId).toBe(one.quizId);
	});

	it.each([
		['the default deck', DEFAULT_DECK],
		['a long article', LONG_DECK]
	])('fits the longest 10-question quiz of %s in one QR code with room to spare', async (_, deck) => {
		const { code } = await encodeQuiz(longestQuiz(deck));
		const url = `https://factdeck.example/play#${code}`;
		console.info(`${deck.title}: ${url.length} characters`);
		// A version 40 QR code holds 2,953 bytes at level L, 2,331 at M; the links are kept well under M.
		expect(url.length).toBeLessThanOrEqual(1_800);
	});

	it('reports a link from a newer version as such', async () => {
		await expect(decodeQuiz(await craft([], 3))).rejects.toThrow(NewerVersionError);
	});

	it('keeps opening links of version 1 (before context lines)', async () => {
		const v1 = ['T', 0, 1, ['Mali left in 2024.'], [[2, 0, [0, 14], 0]]];
		const { quiz } = await decodeQuiz(await craft(v1, 1));
		expect(quiz.questions).toEqual([
			{ kind: 'short', prompt: '_____ left in 2024.', answer: 'Mali', evidence: 'Mali left in 2024.' }
		]);
	});

	it('carries context lines, each sentence stored once', async () => {
		const quiz: SharedQuiz = {
			title: 'Context',
			options: { feedback: 'each' },
			questions: [
				{ kind: 'short', prompt: 'Who was born in _____?', answer: '1955', evidence: 'He was born in 1955.' },
				{
					kind: 'short',
					prompt: 'He founded _____.',
					answer: 'Apple',
					evidence: 'He founded Apple.',
					context: 'He was born in 1955.'
				}
			]
		};
		const { code, quizId } = await encodeQuiz(quiz);
		expect(await decodeQuiz(code)).toEqual({ quiz, quizId });
		// The context line is the first question's evidence: stored once.
		expect(toCompact(quiz)[3]).toEqual(['He was born in 1955.', 'He founded Apple.']);
	});

	it('refuses version 0 as not a quiz', async () => {
		await expect(decodeQuiz(await craft([], 0))).rejects.toThrow(InvalidContentError);
	});

	it('fails cleanly on every truncation of a valid link', async () => {
		const { code } = await encodeQuiz(longestQuiz(DEFAULT_DECK));
		const errors = await Promise.all(
			Array.from({ length: code.length }, (_, n) =>
				decodeQuiz(code.slice(0, n)).catch((error: unknown) => error)
			)
		);
		expect(errors.filter((error) => !(error instanceof ShareCodeError))).toEqual([]);
	});

	it('fails cleanly on 10,000 random mutations', async () => {
		const { code } = await encodeQuiz(longestQuiz(DEFAULT_DECK));
		const next = random(42);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ #%=+/';
		const pick = (n: number) => Math.floor(next() * n);
		const unclean: string[] = [];
		for (let i = 0; i < 10_000; i++) {
			const chars = [...code];
			for (let k = 1 + pick(3); k > 0; k--) {
				const at = pick(chars.length);
				const op = pick(3);
				if (op === 0) chars[at] = alphabet[pick(alphabet.length)] ?? 'A';
				else if (op === 1) chars.splice(at, 1);
				else chars.splice(at, 0, alphabet[pick(alphabet.length)] ?? 'A');
			}
			const mutated = chars.join('');
			if (mutated === code) continue;
			const error = await decodeQuiz(mutated).then(
				() => 'decoded',
				(e: unknown) => e
			);
			if (!(error instanceof ShareCodeError)) unclean.push(mutated);
		}
		expect(unclean).toEqual([]);
	});

	it('refuses characters outside base64url as corrupted', async () => {
		await expect(decodeQuiz('abc$efgh')).rejects.toThrow(CorruptedCodeError);
	});

	it('refuses an oversized link before reading it', async () => {
		await expect(decodeQuiz('A'.repeat(20_000))).rejects.toThrow(OversizedCodeError);
	});

	it('refuses a small link that inflates past the limit', async () => {
		await expect(decodeQuiz(await craft(' '.repeat(200_000)))).rejects.toThrow(OversizedCodeError);
	});

	it.each([
		['not JSON', '{'],
		['not a quiz', { title: 'x' }],
		['no questions', ['T', 0, 0, [], []]],
		['a sentence that is not there', ['T', 0, 0, ['s'], [[2, 3, 'p', 'a']]]],
		['a prompt past its sentence', ['T', 0, 0, ['s'], [[2, 0, [5, 9], 0]]]],
		['an answer outside the choices', ['T', 0, 0, ['s'], [[0, 0, 'p', 4, ['a', 'b']]]]],
		['a blank answer without a blank', ['T', 0, 0, ['s'], [[2, 0, 'p', 0]]]],
		['a true/false answer of 2', ['T', 0, 0, ['s'], [[1, 0, 'p', 2]]]],
		['the same choice twice', ['T', 0, 0, ['s'], [[0, 0, 'p', 0, ['a', 'a']]]]],
		['a context line that is not there', ['T', 0, 0, ['s'], [[2, 0, 'p', 'a']], [5]]],
		['more context lines than questions', ['T', 0, 0, ['s'], [[2, 0, 'p', 'a']], [0, 1]]]
	])('refuses a well-checksummed link with %s', async (_, payload) => {
		await expect(decodeQuiz(await craft(payload))).rejects.toThrow(InvalidContentError);
	});
});
