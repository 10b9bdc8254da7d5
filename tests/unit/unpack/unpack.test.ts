import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { boundedUnzip, boundedZstd, UnpackError } from '../../../src/lib/unpack/index.ts';
import { zstdRawFrame } from '../exchange/zstd-frame.ts';
import { zipBomb, zstdRleBomb } from './bombs.ts';

const MB = 1024 * 1024;
const GIB = 1024 * MB;

function problemOf(run: () => unknown): string {
	try {
		run();
		return 'accepted';
	} catch (error) {
		if (error instanceof UnpackError) return error.problem;
		throw error;
	}
}

/** Milliseconds a refusal took: a bomb is refused at once, never unpacked first. */
function timed(run: () => unknown): number {
	const start = performance.now();
	problemOf(run);
	return performance.now() - start;
}

describe('boundedUnzip', () => {
	const files = {
		'collection.anki2': strToU8('notes'),
		'media/1.png': new Uint8Array(1000),
		media: strToU8('{}')
	};

	it('unpacks the entries asked for, skipping the others', () => {
		const out = boundedUnzip(zipSync(files), (name) => name.startsWith('collection'), MB);
		expect(Object.keys(out)).toEqual(['collection.anki2']);
		expect(strFromU8(out['collection.anki2'] as Uint8Array)).toBe('notes');
	});

	it('refuses entries that unpack to more than the limit, all entries together', () => {
		const zip = zipSync({ a: new Uint8Array(600_000), b: new Uint8Array(600_000) });
		expect(problemOf(() => boundedUnzip(zip, () => true, 1_000_000))).toBe('too-large');
		expect(problemOf(() => boundedUnzip(zip, (name) => name === 'a', 1_000_000))).toBe('accepted');
	});

	it('refuses a bomb whose headers declare small sizes, without unpacking it', () => {
		const bomb = zipBomb('collection.anki2', GIB, 1_000);
		expect(bomb.length).toBeLessThan(1_100_000);
		expect(problemOf(() => boundedUnzip(bomb, () => true, 64 * MB))).toBe('too-large');
		expect(timed(() => boundedUnzip(bomb, () => true, 64 * MB))).toBeLessThan(5_000);
	});

	it('refuses a package cut short or damaged', () => {
		const zip = zipSync({ 'collection.anki2': new Uint8Array(100_000).fill(7) });
		expect(problemOf(() => boundedUnzip(zip.subarray(0, zip.length / 2), () => true, MB))).toBe('corrupt');
		const damaged = zip.slice();
		damaged.fill(0xff, 40, 60);
		expect(problemOf(() => boundedUnzip(damaged, () => true, MB))).toBe('corrupt');
	});
});

describe('boundedZstd', () => {
	const text = Array.from(
		{ length: 1000 },
		(_, i) => `Card ${i}: the Liptako-Gourma charter binds the three states.\n`
	)
		.join('')
		.repeat(70);
	const compressed = new Uint8Array(
		readFileSync(new URL('../../fixtures/unpack/text-4mb.zst', import.meta.url))
	);

	it('decompresses what the zstd tool wrote, and raw frames', () => {
		expect(strFromU8(boundedZstd(compressed, 8 * MB))).toBe(text);
		const data = strToU8('the collection');
		expect(boundedZstd(zstdRawFrame(data), MB)).toEqual(data);
	});

	it('stops at the limit while decompressing (compressed blocks give no size up front)', () => {
		expect(compressed.length).toBeLessThan(2_000);
		expect(problemOf(() => boundedZstd(compressed, MB))).toBe('too-large');
	});

	it('refuses a 3.5 GiB bomb of 112 KiB at once, whatever its header declares', () => {
		for (const declared of [undefined, 1_000]) {
			const bomb = zstdRleBomb(3.5 * GIB, declared);
			expect(bomb.length).toBeLessThan(115_000);
			expect(problemOf(() => boundedZstd(bomb, 256 * MB))).toBe('too-large');
			expect(timed(() => boundedZstd(bomb, 256 * MB))).toBeLessThan(1_000);
		}
	});

	it('refuses a frame that asks for a window larger than the limit', () => {
		const frame = zstdRleBomb(1_000, 2 * GIB - 1);
		expect(problemOf(() => boundedZstd(frame, 256 * MB))).toBe('too-large');
	});

	it('refuses data that is not zstd or is cut short', () => {
		expect(problemOf(() => boundedZstd(strToU8('SQLite format 3'), MB))).toBe('corrupt');
		expect(problemOf(() => boundedZstd(compressed.subarray(0, 800), 8 * MB))).toBe('corrupt');
	});
});
