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

/** Code only the generator or a file reader needs; a chunk holding any of it must be cached at first use, not precached. */
const NLP_MARKERS = {
	compromise: /compromise: Invalid tag/
};
const READER_MARKERS = {
	'pdf.js': /GlobalWorkerOptions/,
	'pdf.js worker': /pdfjsVersion|PDFWorker/,
	mammoth: /word\/document\.xml/,
	Readability: /_grabArticle/,
	linkedom: /linkedom|HTMLTemplateElement/
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

	test('leaves out every file format reader: pdf.js and its worker, mammoth, Readability and linkedom', () => {
		expect(urls.filter((url) => /pdf\.worker|\.mjs$/.test(url))).toEqual([]);
		for (const [library, marker] of Object.entries(READER_MARKERS)) {
			const chunks = [...chunksContaining(marker), ...filesMatching(/\.mjs$/, marker)].map(buildPath);
			expect(chunks.length, library).toBeGreaterThan(0);
			expect(
				urls.filter((url) => chunks.includes(url)),
				library
			).toEqual([]);
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

describe('the lazy parts list', () => {
	const { parts } = JSON.parse(readFileSync(join(BUILD_DIR, 'lazy-parts.json'), 'utf8')) as {
		parts: { id: string; idle: boolean; files: string[]; bytes: number }[];
	};

	test('names each file format reader, not fetched when idle, with files the build has and their gzipped size', () => {
		const readers = parts.filter((part) => !part.idle);
		expect(readers.map((part) => part.id).sort()).toEqual(['docx', 'pdf', 'web-page']);
		for (const part of parts) {
			const files = part.files.map((url) => join(BUILD_DIR, url));
			expect(part.bytes, part.id).toBe(files.reduce((sum, file) => sum + gzipSize(file), 0));
			console.log(`Lazy part ${part.id}${part.idle ? '' : ' (offered, not prefetched)'}: ${(part.bytes / 1024).toFixed(1)} KB gzipped`);
		}
		expect(parts.find((part) => part.id === 'pdf')?.files).toContainEqual(expect.stringMatching(/pdf\.worker/));
	});

	test('is precached, and none of the parts’ files are', () => {
		expect(urls).toContain('lazy-parts.json');
		const partFiles = parts.flatMap((part) => part.files.map((url) => url.replace(/^\//, '')));
		expect(urls.filter((url) => partFiles.includes(url))).toEqual([]);
	});
});

describe('the web app manifest', () => {
	const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.webmanifest'), 'utf8')) as {
		name: string;
		display: string;
		icons: { src: string; sizes: string; type: string; purpose?: string }[];
		share_target?: { action: string; method: string; enctype: string; params: { files?: { accept: string[] }[] } };
	};

	test('declares a share target that takes text, links, PDF and Word files', () => {
		expect(manifest.share_target).toMatchObject({
			action: '/new',
			method: 'POST',
			enctype: 'multipart/form-data',
			params: { title: 'title', text: 'text', url: 'url' }
		});
		expect(manifest.share_target?.params.files?.[0]?.accept).toEqual(
			expect.arrayContaining(['application/pdf', '.docx'])
		);
	});

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

/** Built files under `_app/` whose name and code match. */
function filesMatching(name: RegExp, code: RegExp): string[] {
	return listFiles(join(BUILD_DIR, '_app')).filter((f) => name.test(f) && code.test(readFileSync(f, 'utf8')));
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const ihdr = new TextDecoder().decode(bytes.subarray(12, 16));
	if (!signature.every((byte, i) => bytes[i] === byte) || ihdr !== 'IHDR') throw new Error('not a PNG');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
