// What a phone downloads on a first visit, measured in Chromium against the production build: every script the
// page itself fetches from navigation until the network is idle (the service worker's script and what it precaches
// are fetched by the worker, so they are left out), gzipped. Run `npm run build` first. Run alone:
// `npx tsx bench/first-load.ts` (BENCH_PORT picks the preview port).
import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.js';
import { generateDeck } from '../src/lib/generate/index.ts';
import { buildQuiz } from '../src/lib/quiz/build.ts';
import { DEFAULT_SETUP } from '../src/lib/quiz/model.ts';
import { encodeQuiz } from '../src/lib/share/link.ts';
import { PreviewServer } from '../tests/e2e/support/preview-server.ts';
import { BUILD_DIR, gzipSize } from './size.ts';
import { versus } from './target.ts';

export const HOME_TARGET = 40 * 1024;
export const PLAY_TARGET = 50 * 1024;
const PORT = Number(process.env.BENCH_PORT ?? 4177);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The scripts a first visit to `path` fetches until the network is idle, by path in the build, gzipped bytes. */
export async function firstLoadScripts(browser: Browser, url: string): Promise<Map<string, number>> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const scripts = new Map<string, number>();
	try {
		const page = await context.newPage();
		page.on('request', (request) => {
			if (request.resourceType() !== 'script') return;
			const path = new URL(request.url()).pathname;
			scripts.set(path, gzipSize(join(BUILD_DIR, path)));
		});
		await page.goto(url, { waitUntil: 'networkidle' });
	} finally {
		await context.close();
	}
	return scripts;
}

async function report(
	browser: Browser,
	base: string,
	path: string,
	name: string,
	target: number
): Promise<void> {
	const scripts = await firstLoadScripts(browser, `${base}${path}`);
	const total = [...scripts.values()].reduce((a, b) => a + b, 0);
	console.log(`${name} (gzip): ${kb(total)} in ${scripts.size} files ${versus(total, target, kb)}`);
	for (const [file, bytes] of [...scripts].sort((a, b) => b[1] - a[1]))
		console.log(`  ${file.replace(/^\//, '')}  ${kb(bytes)}`);
}

/** A 10-question link of the default deck: what a student opens. */
async function defaultDeckLink(): Promise<string> {
	const text = readFileSync(new URL('../src/lib/deck/default/sahel-alliance.txt', import.meta.url), 'utf8');
	const deck = generateDeck(text, { deckId: 'sahel-alliance' });
	let seed = 3;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const questions = buildQuiz(deck.cards, DEFAULT_SETUP, random).questions;
	const quiz = { title: deck.title, options: { feedback: 'each' as const }, questions };
	return (await encodeQuiz({ ...quiz, questions: questions.map(({ cardId: _, ...q }) => q) })).qrCode;
}

export async function benchFirstLoad(): Promise<void> {
	const server = new PreviewServer(PORT);
	await server.start();
	const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
	try {
		await report(browser, server.url, '/', 'First-load JS of the home page', HOME_TARGET);
		const play = `/play#${await defaultDeckLink()}`;
		await report(
			browser,
			server.url,
			play,
			'First-load JS of /play (a 10-question link, QR form)',
			PLAY_TARGET
		);
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchFirstLoad();
