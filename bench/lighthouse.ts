// Lighthouse 12.2.3 (13 needs Node 22) on the home page of the production build, mobile (its default emulation and
// simulated slow 4G), three runs, each in a fresh Chromium. Run `npm run build` first. Run alone:
// `npx tsx bench/lighthouse.ts` (BENCH_PORT picks the preview port).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.js';
import { PreviewServer } from '../tests/e2e/support/preview-server.ts';
import { atLeast, median, versus } from './target.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4178);
const RUNS = 3;
export const PERFORMANCE_MEDIAN = 98;
export const PERFORMANCE_FLOOR = 96;
export const LCP_TARGET_MS = 1_500;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Run {
	scores: Record<(typeof CATEGORIES)[number], number>;
	lcp: number;
}

async function run(url: string): Promise<Run> {
	const chrome = await chromeLauncher.launch({
		chromePath: findBrowser(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			logLevel: 'error',
			output: 'json',
			onlyCategories: [...CATEGORIES]
		});
		if (!result) throw new Error('Lighthouse gave no result');
		const { categories, audits } = result.lhr;
		const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
		return {
			scores: Object.fromEntries(CATEGORIES.map((name) => [name, score(name)])) as Run['scores'],
			lcp: audits['largest-contentful-paint']?.numericValue ?? NaN
		};
	} finally {
		await chrome.kill();
	}
}

export async function benchLighthouse(): Promise<void> {
	const server = new PreviewServer(PORT);
	await server.start();
	try {
		const runs: Run[] = [];
		for (let i = 0; i < RUNS; i++) runs.push(await run(`${server.url}/`));
		const performance = runs.map((r) => r.scores.performance);
		const lcps = runs.map((r) => r.lcp);
		const s = (n: number) => `${(n / 1000).toFixed(2)} s`;
		console.log(`Home page, Lighthouse 12.2.3 mobile, ${RUNS} runs: performance ${performance.join(', ')}`);
		console.log(
			`  Performance, median: ${median(performance)} ${atLeast(median(performance), PERFORMANCE_MEDIAN)}`
		);
		console.log(
			`  Performance, lowest: ${Math.min(...performance)} ${atLeast(Math.min(...performance), PERFORMANCE_FLOOR)}`
		);
		console.log(
			`  Largest contentful paint: ${lcps.map(s).join(', ')}; slowest ${s(Math.max(...lcps))} ${versus(Math.max(...lcps), LCP_TARGET_MS, s)}`
		);
		for (const name of CATEGORIES.slice(1)) {
			const lowest = Math.min(...runs.map((r) => r.scores[name]));
			console.log(`  ${name}: ${lowest} ${atLeast(lowest, 100)}`);
		}
	} finally {
		await server.stop();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchLighthouse();
