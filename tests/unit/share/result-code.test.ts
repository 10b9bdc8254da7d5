import { describe, expect, it } from 'vitest';
import { toBase64Url, withChecksum } from '../../../src/lib/share/bytes.ts';
import {
	decodeResult,
	encodeResult,
	NewerVersionError,
	OversizedCodeError,
	ShareCodeError,
	type StudentResult
} from '../../../src/lib/share/index.ts';

const result: StudentResult = {
	quizId: 'Ab3-_x9Q',
	name: 'Aïcha <b>',
	answers: [2, 0, 'Bamako', null, 1, 'Alliance of Sahel States', 3, 1, 0, 'ECOWAS']
};

function random(seed: number): () => number {
	return () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed / 2 ** 31;
	};
}

describe('result codes', () => {
	it('round-trips a result exactly', () => {
		expect(decodeResult(encodeResult(result))).toEqual(result);
	});

	it('is short enough to paste in a chat', () => {
		const code = encodeResult(result);
		console.info(`result code for 10 answers: ${code.length} characters`);
		expect(code.length).toBeLessThanOrEqual(100);
	});

	it('reads the code out of a whole result link', () => {
		expect(decodeResult(`https://factdeck.example/results#${encodeResult(result)}`)).toEqual(result);
	});

	it('reports a code from a newer version as such', () => {
		const body = new Uint8Array([2, 1, 2, 3, 4, 5, 6, 0, 0]);
		expect(() => decodeResult(toBase64Url(withChecksum(body)))).toThrow(NewerVersionError);
	});

	it('refuses an oversized code', () => {
		expect(() => decodeResult('A'.repeat(5_000))).toThrow(OversizedCodeError);
	});

	it('fails cleanly on every truncation', () => {
		const code = encodeResult(result);
		const unclean = Array.from({ length: code.length }, (_, n) => code.slice(0, n)).filter((cut) => {
			try {
				decodeResult(cut);
				return true;
			} catch (error) {
				return !(error instanceof ShareCodeError);
			}
		});
		expect(unclean).toEqual([]);
	});

	it('fails cleanly on 10,000 random mutations', () => {
		const code = encodeResult(result);
		const next = random(7);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ #';
		const pick = (n: number) => Math.floor(next() * n);
		const unclean: string[] = [];
		for (let i = 0; i < 10_000; i++) {
			const chars = [...code];
			const at = pick(chars.length);
			if (pick(2)) chars[at] = alphabet[pick(alphabet.length)] ?? 'A';
			else chars.splice(at, 1);
			const mutated = chars.join('');
			if (mutated === code) continue;
			try {
				decodeResult(mutated);
				unclean.push(mutated);
			} catch (error) {
				if (!(error instanceof ShareCodeError)) unclean.push(mutated);
			}
		}
		expect(unclean).toEqual([]);
	});

	it.each([
		['bytes after the last answer', [1, 1, 2, 3, 4, 5, 6, 0, 0, 9]],
		['an unknown answer tag', [1, 1, 2, 3, 4, 5, 6, 0, 1, 0x90]],
		['text running past the end', [1, 1, 2, 3, 4, 5, 6, 9, 65]],
		['invalid UTF-8 in the name', [1, 1, 2, 3, 4, 5, 6, 1, 0xff, 0]]
	])('refuses a well-checksummed code with %s', (_, bytes) => {
		expect(() => decodeResult(toBase64Url(withChecksum(new Uint8Array(bytes))))).toThrow(ShareCodeError);
	});
});
