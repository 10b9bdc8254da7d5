// Studying at scale, in Chromium against the production build: a backup of 10,000 cards and 100,000 review logs
// is restored through the settings page (replace everything), then the time to build the day's queue ("Study all")
// and to open the statistics page. Run `npm run build` first. Run alone: `npx tsx bench/study.ts` (BENCH_PORT
// picks the preview port).
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.js';
import { PreviewServer } from '../tests/e2e/support/preview-server.ts';
import { backupText, CARDS, LOGS } from './collection.ts';
import { median, ms, versus } from './target.ts';

export const QUEUE_TARGET_MS = 20;
export const STATS_TARGET_MS = 200;
export const RESTORE_TARGET_MS = 3_000;
const PORT = Number(process.env.BENCH_PORT ?? 4176);
const RUNS = 5;

/** Restores the backup file on the settings page; returns the time to check the file and to write it. */
async function restore(page: Page, baseUrl: string, file: string): Promise<{ check: number; write: number }> {
	await page.goto(`${baseUrl}/settings`);
	const chosen = performance.now();
	await page.getByLabel('Restore backup').setInputFiles(file);
	await page.getByRole('button', { name: 'Replace everything' }).waitFor({ timeout: 120_000 });
	const check = performance.now() - chosen;
	await page.getByRole('button', { name: 'Replace everything' }).click();
	const confirm = page.getByRole('dialog').getByRole('button', { name: 'Replace everything' });
	await confirm.click();
	const started = performance.now();
	await page.getByText('Backup restored.').waitFor({ timeout: 120_000 });
	return { check, write: performance.now() - started };
}

async function measure(
	page: Page,
	url: string,
	entry: string,
	ready: () => Promise<unknown>
): Promise<number> {
	const times: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await page.goto(url);
		await ready();
		times.push(
			await page.evaluate((name) => {
				const [found] = performance.getEntriesByName(name);
				if (!found) throw new Error(`No performance entry ${name}`);
				// A measure lasts its duration; a mark's time is from the navigation's start.
				return found.entryType === 'measure' ? found.duration : found.startTime;
			}, entry)
		);
	}
	return median(times);
}

export async function benchStudy(): Promise<void> {
	const server = new PreviewServer(PORT);
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-bench-'));
	const file = join(dir, 'factdeck-backup.json');
	writeFileSync(file, backupText(Date.now()));
	await server.start();
	const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${server.url}/`);
		await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
		const { check, write } = await restore(page, server.url, file);
		const count = (n: number) => n.toLocaleString('en');
		console.log(`${count(CARDS)} cards in 10 decks, ${count(LOGS)} review logs; median of ${RUNS} runs`);
		console.log(
			`  Restore, replace everything (write, with progress): ${ms(write)} ${versus(write, RESTORE_TARGET_MS, ms)}`
		);
		console.log(`  … after checking the file (read, parse, validate): ${ms(check)}`);
		const showAnswer = () => page.getByRole('button', { name: 'Show answer' }).waitFor();
		const queue = await measure(page, `${server.url}/study`, 'factdeck:study-queue', showAnswer);
		console.log(
			`  Day's queue, all decks (read the day's cards and logs, build): ${queue.toFixed(1)} ms ${versus(queue, QUEUE_TARGET_MS, ms)}`
		);
		const deckQueue = await measure(
			page,
			`${server.url}/study?deck=bench-0`,
			'factdeck:study-queue',
			showAnswer
		);
		console.log(`  Day's queue, one deck of ${count(CARDS / 10)} cards: ${deckQueue.toFixed(1)} ms`);
		const allTime = () =>
			page
				.getByRole('row', { name: /^All time/ })
				.getByText('%')
				.first()
				.waitFor();
		const stats = await measure(page, `${server.url}/stats`, 'factdeck:stats-shown', allTime);
		console.log(
			`  Statistics page, all decks (navigation to charts, counts, forecast, retention up to all time): ${stats.toFixed(1)} ms ${versus(stats, STATS_TARGET_MS, ms)}`
		);
		const [load] = loadavg();
		console.log(
			`  (load average ${load?.toFixed(1)} on ${cpus().length} CPUs: a busy machine gives higher figures)`
		);
	} finally {
		await browser.close();
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchStudy();
