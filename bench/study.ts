// Studying at scale, in Chromium against the production build: 10,000 cards and 100,000 review logs in
// IndexedDB, then the time to build the day's queue ("Study all") and to open the statistics page.
// Run `npm run build` first. Run alone: `npx tsx bench/study.ts` (BENCH_PORT picks the preview port).
import { chromium, type Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.js';
import { PreviewServer } from '../tests/e2e/support/preview-server.ts';
import { ms, versus } from './target.ts';

export const CARDS = 10_000;
export const LOGS = 100_000;
export const QUEUE_TARGET_MS = 50;
export const STATS_TARGET_MS = 300;
const PORT = Number(process.env.BENCH_PORT ?? 4176);
const RUNS = 5;

/** Writes the cards (ten decks) and their logs straight into the app's database, in one transaction each. */
async function fill(page: Page): Promise<void> {
	// tsx keeps function names with a `__name` helper that the page does not have.
	await page.evaluate('globalThis.__name = (f) => f');
	await page.evaluate(
		async ({ cardCount, logCount }) => {
			const DAY = 86_400_000;
			const now = Date.now();
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('factdeck');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error('open failed'));
			});
			const write = (store: string, records: unknown[]) =>
				new Promise<void>((resolve, reject) => {
					const tx = db.transaction(store, 'readwrite');
					const objects = tx.objectStore(store);
					for (const record of records) objects.put(record);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error ?? new Error('write failed'));
				});
			// A fixed pseudo-random sequence, so every run measures the same data.
			let seed = 42;
			const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
			const decks = Array.from({ length: 10 }, (_, i) => ({
				id: `bench-${i}`,
				title: `Bench deck ${i}`,
				text: '',
				blocks: [],
				origin: 'user',
				createdAt: now,
				updatedAt: now
			}));
			const cards = Array.from({ length: cardCount }, (_, i) => {
				const roll = random();
				const state = roll < 0.2 ? 0 : roll < 0.25 ? 1 : 2;
				const scheduledDays = state === 2 ? Math.ceil(random() * 90) : 0;
				const due = state === 0 ? now : now + Math.round((random() * 65 - 5) * DAY);
				return {
					id: `bench-card-${i}`,
					deckId: `bench-${i % 10}`,
					type: 'qa',
					prompt: `Question ${i}?`,
					answer: `Answer ${i}`,
					evidence: `Sentence ${i}.`,
					sibling: `bench-fact-${Math.floor(i / 2)}`,
					srs: {
						due,
						stability: Math.max(1, scheduledDays),
						difficulty: 5,
						elapsedDays: scheduledDays,
						scheduledDays,
						learningSteps: 0,
						reps: state === 0 ? 0 : 10,
						lapses: 0,
						state,
						...(state === 0 ? {} : { lastReview: due - scheduledDays * DAY })
					},
					suspended: false,
					createdAt: now - 365 * DAY,
					updatedAt: now
				};
			});
			const studied = cards.filter((card) => card.srs.state !== 0);
			const logs = Array.from({ length: logCount }, (_, i) => {
				const card = studied[i % studied.length]!;
				const reviewedAt = now - Math.round(random() * 365 * DAY);
				return {
					id: `${card.id}:${reviewedAt}`,
					cardId: card.id,
					deckId: card.deckId,
					rating: random() < 0.1 ? 1 : 3,
					state: random() < 0.8 ? 2 : 1,
					due: reviewedAt,
					stability: 10,
					difficulty: 5,
					elapsedDays: 5,
					scheduledDays: Math.ceil(random() * 60),
					reviewedAt,
					durationMs: 4000
				};
			});
			await write('decks', decks);
			await write('cards', cards);
			await write('reviewLogs', logs);
			db.close();
		},
		{ cardCount: CARDS, logCount: LOGS }
	);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
	await server.start();
	const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${server.url}/`);
		await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
		const filling = performance.now();
		await fill(page);
		console.log(
			`Study bench: ${CARDS.toLocaleString('en')} cards, ${LOGS.toLocaleString('en')} review logs (written in ${Math.round(performance.now() - filling)} ms); median of ${RUNS} runs`
		);
		const queue = await measure(page, `${server.url}/study`, 'factdeck:study-queue', () =>
			page.getByRole('button', { name: 'Show answer' }).waitFor()
		);
		console.log(
			`  Day's queue, all decks (read cards and today's logs, build): ${queue.toFixed(1)} ms ${versus(queue, QUEUE_TARGET_MS, ms)}`
		);
		const deckQueue = await measure(page, `${server.url}/study?deck=bench-0`, 'factdeck:study-queue', () =>
			page.getByRole('button', { name: 'Show answer' }).waitFor()
		);
		console.log(`  Day's queue, one deck of ${CARDS / 10} cards: ${deckQueue.toFixed(1)} ms`);
		// Each run waits for the all-time rows too: a read of 100,000 logs left running would slow the next run.
		const allTime = () =>
			page
				.getByRole('row', { name: /^All time/ })
				.getByText('%')
				.first()
				.waitFor();
		const stats = await measure(page, `${server.url}/stats`, 'factdeck:stats-shown', allTime);
		console.log(
			`  Statistics page, all decks (navigation to charts, counts and recent retention shown): ${stats.toFixed(1)} ms ${versus(stats, STATS_TARGET_MS, ms)}`
		);
		const complete = await measure(page, `${server.url}/stats`, 'factdeck:stats-complete', allTime);
		console.log(
			`  … then the year and all-time retention rows (all ${LOGS.toLocaleString('en')} logs read): ${complete.toFixed(1)} ms`
		);
		const [load] = loadavg();
		console.log(
			`  (load average ${load?.toFixed(1)} on ${cpus().length} CPUs: a busy machine gives higher figures)`
		);
	} finally {
		await browser.close();
		await server.stop();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchStudy();
