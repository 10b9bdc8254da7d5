// A quiz and a class link from a deck of 10,000 cards imported from a spreadsheet (no answer kinds, no stored
// options), in Chromium against the production build: how long until /quiz and /share are ready, and the longest
// main-thread task while they load. Run `npm run build` first. Run alone: `npx tsx bench/quiz-share.ts`.
import type { Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { longestTask, performanceEntry, printLoad, withApp } from './chromium.ts';
import { median, ms, versus } from './target.ts';

export const CARDS = 10_000;
export const READY_TARGET_MS = 300;
/** No task over 200 ms on the main thread (issue 11). */
const LONG_TASK_TARGET_MS = 200;
const PORT = Number(process.env.BENCH_PORT ?? 4176) + 1;
const RUNS = 5;

/** Imports a spreadsheet of `rows` questions through the Import page; returns the new deck's id. */
export async function importSpreadsheet(page: Page, url: string, rows: number): Promise<string> {
	const lines = Array.from({ length: rows }, (_, i) => `"What is item ${i} of the list?","Answer ${i}"`);
	await page.goto(`${url}/exchange`);
	await page.getByLabel('File', { exact: true }).setInputFiles({
		name: `${rows}-rows.csv`,
		mimeType: 'text/csv',
		buffer: Buffer.from(['Front,Back', ...lines].join('\n'))
	});
	await page.getByRole('radio', { name: 'A new deck', exact: true }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const open = page.getByRole('link', { name: 'Open the deck' });
	await open.waitFor({ timeout: 120_000 });
	return new URL((await open.getAttribute('href')) ?? '', url).searchParams.get('id') ?? '';
}

async function readiness(page: Page, url: string, mark: string): Promise<{ ready: number; longest: number }> {
	const ready: number[] = [];
	const longest: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		await page.goto(url);
		await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
			timeout: 120_000
		});
		ready.push(await performanceEntry(page, mark));
		longest.push(await longestTask(page));
	}
	return { ready: median(ready), longest: median(longest) };
}

export async function benchQuizShare(): Promise<void> {
	await withApp(PORT, async ({ url, newPage }) => {
		const page = await newPage();
		const deckId = await importSpreadsheet(page, url, CARDS);
		console.log(
			`Quiz and share bench: a deck of ${CARDS.toLocaleString('en')} spreadsheet cards; median of ${RUNS} runs`
		);
		for (const [name, path, mark] of [
			['Quiz page (/quiz) ready', 'quiz', 'factdeck:quiz-ready'],
			['Share page (/share) ready', 'share', 'factdeck:share-ready']
		] as const) {
			const { ready, longest } = await readiness(page, `${url}/${path}?deck=${deckId}`, mark);
			console.log(
				`  ${name}: ${ms(ready)} from navigation ${versus(ready, READY_TARGET_MS, ms)}; ` +
					`longest main-thread task ${ms(longest)} ${versus(longest, LONG_TASK_TARGET_MS, ms)}`
			);
		}
		printLoad();
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchQuizShare();
