// Checks the production build in build/ (run after `npm run build`): what the service worker precaches,
// the web app manifest and its icons, and the download budgets.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	BUILD_DIR,
	chunksContaining,
	firstLoadJs,
	FIRST_LOAD_BUDGET,
	gzipSize,
	listFiles,
	precachedFile,
	precacheSize,
	PRECACHE_BUDGET,
	readPrecacheManifest
} from '../../bench/size.ts';

/** Code only the generator needs; a chunk holding any of it must be cached at first use, not precached. */
const NLP_MARKERS = {
	compromise: /compromise: Invalid tag/
};

const urls = readPrecacheManifest().map((entry) => entry.url.replace(/^\//, ''));
const buildPath = (file: string) => relative(BUILD_DIR, file).split('\\').join('/');

describe('the service worker precache', () => {
	test('holds the app shell: the pages, Kit’s entry points and the CSS', () => {
		expect(urls.some((url) => url === '' || url === 'index.html')).toBe(true);
		expect(urls).toContainEqual(expect.stringMatching(/^settings(\.html)?$/));
		expect(urls).toContainEqual(expect.stringMatching(/^deck(\.html)?$/));
		expect(urls).toContainEqual(expect.stringMatching(/^_app\/immutable\/entry\/start\.[\w-]+\.js$/));
		expect(urls).toContainEqual(expect.stringMatching(/^_app\/immutable\/entry\/app\.[\w-]+\.js$/));

		// Every page's CSS (assets/<node>.<hash>.css); lazily loaded parts bring their own CSS when first used.
		const css = listFiles(join(BUILD_DIR, '_app'))
			.filter((file) => /\/assets\/\d+\.[\w-]+\.css$/.test(file))
			.map(buildPath);
		expect(css.length).toBeGreaterThan(0);
		expect(urls).toEqual(expect.arrayContaining(css));
	});

	test('holds the default deck', () => {
		const deckChunks = chunksContaining(/Liptako-Gourma/).map(buildPath);
		expect(deckChunks.length).toBeGreaterThan(0);
		expect(urls).toEqual(expect.arrayContaining(deckChunks));
	});

	test('leaves out the generator’s worker and NLP chunks', () => {
		expect(urls.filter((url) => url.includes('/workers/'))).toEqual([]);
		for (const [library, marker] of Object.entries(NLP_MARKERS)) {
			const chunks = chunksContaining(marker).map(buildPath);
			expect(urls.filter((url) => chunks.includes(url)), library).toEqual([]);
		}
	});

	test('lists only files the build has, within the budget', () => {
		for (const url of urls) expect(() => precachedFile(url), url).not.toThrow();
		const bytes = precacheSize();
		console.log(`Precache: ${urls.length} files, ${(bytes / 1024).toFixed(1)} KB gzipped`);
		expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
	});
});

test('the home page’s first-load JS, service worker registration included, is within the budget', () => {
	const files = firstLoadJs();
	const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
	console.log(`First-load JS of the home page: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB gzipped`);
	expect(files.map(buildPath)).toContainEqual(expect.stringMatching(/^_app\/immutable\/entry\/start\./));
	expect(chunksContaining(/serviceWorker\.register\(/).map(buildPath)).not.toEqual([]);
	expect(bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
});

describe('the web app manifest', () => {
	const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.webmanifest'), 'utf8')) as {
		name: string;
		display: string;
		icons: { src: string; sizes: string; type: string; purpose?: string }[];
	};

	test('names the app and opens it standalone', () => {
		expect(manifest.name).toBe('Factdeck');
		expect(manifest.display).toBe('standalone');
	});

	test('lists 192×192 and 512×512 PNG icons and a maskable one', () => {
		const png = manifest.icons.filter((icon) => icon.type === 'image/png');
		expect(png.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(manifest.icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
	});

	test('points at real PNG files of the stated size', () => {
		for (const icon of manifest.icons) {
			const size = pngSize(readFileSync(join(BUILD_DIR, icon.src)));
			expect(`${size.width}x${size.height}`, icon.src).toBe(icon.sizes);
		}
	});
});

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const ihdr = new TextDecoder().decode(bytes.subarray(12, 16));
	if (!signature.every((byte, i) => bytes[i] === byte) || ihdr !== 'IHDR') throw new Error('not a PNG');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
