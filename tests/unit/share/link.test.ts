import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase32, toBase64Url, withChecksum } from '../../../src/lib/share/bytes.ts';
import { toCompact } from '../../../src/lib/share/compact.ts';
import { DICTIONARY_V3 } from '../../../src/lib/share/dictionary-v3.ts';
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

/**
 * A code with a valid checksum around any version byte and payload: what a hand-made link looks like. Version 3
 * deflates with its dictionary; earlier versions without.
 */
function craft(payload: unknown, version = 1): string {
	const json = new TextEncoder().encode(typeof payload === 'string' ? payload : JSON.stringify(payload));
	const dictionary = version >= 3 ? new TextEncoder().encode(DICTIONARY_V3) : undefined;
	const deflated = deflateSync(json, dictionary ? { dictionary } : {});
	return toBase64Url(withChecksum(new Uint8Array([version, ...deflated])));
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
		const { code, qrCode, quizId } = await encodeQuiz(quiz);
		expect(code).toMatch(/^[\w-]+$/);
		expect(qrCode).toMatch(/^[A-Z2-7]+$/);
		expect(await decodeQuiz(`#${code}`)).toEqual({ quiz, quizId });
		// The QR code's form is the same quiz with the same id, so result codes from both count together.
		expect(await decodeQuiz(`#${qrCode}`)).toEqual({ quiz, quizId });
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
		await expect(decodeQuiz(craft([], 4))).rejects.toThrow(NewerVersionError);
	});

	it('keeps opening links of version 1 (before context lines)', async () => {
		const v1 = ['T', 0, 1, ['Mali left in 2024.'], [[2, 0, [0, 14], 0]]];
		const { quiz } = await decodeQuiz(craft(v1, 1));
		expect(quiz.questions).toEqual([
			{ kind: 'short', prompt: '_____ left in 2024.', answer: 'Mali', evidence: 'Mali left in 2024.' }
		]);
	});

	it('keeps opening links of version 2 (context lines, prompts as a kept start and end)', async () => {
		const v2 = [
			'T',
			0,
			1,
			['Mali left in 2024.', 'It had joined.'],
			[
				[2, 0, [0, 14], 0],
				[3, 1, [0, 8, 'Mali'], 0]
			],
			[2, 0]
		];
		const { quiz } = await decodeQuiz(craft(v2, 2));
		expect(quiz.questions).toEqual([
			{
				kind: 'short',
				prompt: '_____ left in 2024.',
				answer: 'Mali',
				evidence: 'Mali left in 2024.',
				context: 'It had joined.'
			},
			{
				kind: 'truefalse',
				prompt: 'Mali joined.',
				answer: 'False',
				choices: ['True', 'False'],
				evidence: 'It had joined.'
			}
		]);
	});

	it('writes a prompt as edits of its sentence, the blank standing for the answer', async () => {
		const quiz: SharedQuiz = {
			title: 'Edits',
			options: { feedback: 'each' },
			questions: [
				{
					kind: 'short',
					prompt: 'Isaac Newton published his book in _____, in London.',
					answer: '1687',
					evidence: 'He published his book in 1687, in London.'
				}
			]
		};
		expect(toCompact(quiz)[4]).toEqual([[2, 0, [-2, 'Isaac Newton', 23, -4, 0], 0]]);
		const { code, quizId } = await encodeQuiz(quiz);
		expect(await decodeQuiz(code)).toEqual({ quiz, quizId });
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
		await expect(decodeQuiz(craft([], 0))).rejects.toThrow(InvalidContentError);
	});

	it.each(['code', 'qrCode'] as const)(
		'fails cleanly on every truncation of a valid link (%s)',
		async (form) => {
			const code = (await encodeQuiz(longestQuiz(DEFAULT_DECK)))[form];
			const errors = await Promise.all(
				Array.from({ length: code.length }, (_, n) =>
					decodeQuiz(code.slice(0, n)).catch((error: unknown) => error)
				)
			);
			expect(errors.filter((error) => !(error instanceof ShareCodeError))).toEqual([]);
		}
	);

	// 10,000 decodes each: more than the default 5 s on a busy two-core machine.
	it.each(['code', 'qrCode'] as const)(
		'fails cleanly on 10,000 random mutations (%s)',
		async (form) => {
			const code = (await encodeQuiz(longestQuiz(DEFAULT_DECK)))[form];
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
		},
		60_000
	);

	it('refuses characters outside base64url as corrupted', async () => {
		await expect(decodeQuiz('abc$efgh')).rejects.toThrow(CorruptedCodeError);
	});

	it('refuses an oversized link before reading it', async () => {
		await expect(decodeQuiz('A'.repeat(20_000))).rejects.toThrow(OversizedCodeError);
	});

	it('refuses a small link that inflates past the limit', async () => {
		await expect(decodeQuiz(craft(' '.repeat(200_000)))).rejects.toThrow(OversizedCodeError);
		await expect(decodeQuiz(craft(' '.repeat(200_000), 3))).rejects.toThrow(OversizedCodeError);
	});

	it('reads a base32 code that is really base64url as base64url (the checksum decides)', async () => {
		const quiz = wholeDeckQuiz(DEFAULT_DECK);
		const { code, qrCode, quizId } = await encodeQuiz(quiz);
		expect(toBase32(new Uint8Array([1, 2]))).toBe('AEBA');
		expect(code).not.toBe(qrCode);
		expect(
			(await decodeQuiz(qrCode.toLowerCase()).catch((error: unknown) => error)) instanceof ShareCodeError
		).toBe(true);
		expect((await decodeQuiz(code)).quizId).toBe(quizId);
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
		await expect(decodeQuiz(craft(payload))).rejects.toThrow(InvalidContentError);
	});

	it.each([
		['edits past their sentence', ['T', 0, 0, ['s'], [[2, 0, [5, 'x'], 'a']]]],
		['a blank that stands for nothing', ['T', 0, 0, ['s'], [[2, 0, ['x', 0], 0]]]],
		['a legacy prompt', ['T', 0, 0, ['sentence'], [[2, 0, [0, 2, 3], 'a']]]]
	])('refuses a well-checksummed version 3 link with %s', async (_, payload) => {
		await expect(decodeQuiz(craft(payload, 3))).rejects.toThrow(InvalidContentError);
	});
});
