// What a phone downloads on a first visit, measured in Chromium against the production build: every script the
// page itself fetches from navigation until the network is idle (the service worker's script and what it precaches
// are fetched by the worker, so they are left out), gzipped. Run `npm run build` first. Run alone:
// `npx tsx bench/first-load.ts` (BENCH_PORT picks the preview port).
import { chromium, type Browser } from '@playwright/test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.js';
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

export async function benchFirstLoad(): Promise<void> {
	const server = new PreviewServer(PORT);
	await server.start();
	const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
	try {
		await report(browser, server.url, '/', 'First-load JS of the home page', HOME_TARGET);
		await report(browser, server.url, '/play', 'First-load JS of /play (no quiz in the link)', PLAY_TARGET);
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchFirstLoad();
