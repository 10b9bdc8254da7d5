// What the browser benches share: the production build served by `vite preview`, Chromium, and a watch on the main
// thread's long tasks (a PerformanceObserver for `longtask` entries, installed before any page script runs).
import { chromium, type Browser, type Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.js';
import { PreviewServer } from '../tests/e2e/support/preview-server.ts';

export interface BenchApp {
	url: string;
	browser: Browser;
	/** A fresh phone-sized page that records its long tasks. */
	newPage(): Promise<Page>;
}

declare global {
	interface Window {
		__longTasks?: number[];
	}
}

/** Runs `bench` against a preview of build/ on `port`, then stops the browser and the server. */
export async function withApp(port: number, bench: (app: BenchApp) => Promise<void>): Promise<void> {
	const server = new PreviewServer(port);
	await server.start();
	const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	await context.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.__longTasks?.push(entry.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	try {
		await bench({ url: server.url, browser, newPage: () => context.newPage() });
	} finally {
		await browser.close();
		await server.stop();
	}
}

/** Forgets the long tasks seen so far on the page (its loading, say), to measure what comes next. */
export async function resetLongTasks(page: Page): Promise<void> {
	await page.evaluate(() => (window.__longTasks = []));
}

/** The longest main-thread task since the page loaded (or the last reset), in ms; 0 when none passed 50 ms. */
export async function longestTask(page: Page): Promise<number> {
	// A task still running is only reported when it ends: wait for two frames first.
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
	return page.evaluate(() => Math.max(0, ...(window.__longTasks ?? [])));
}

/** A performance mark's time since the navigation started, or a measure's duration. */
export async function performanceEntry(page: Page, name: string): Promise<number> {
	return page.evaluate((entryName) => {
		const [found] = performance.getEntriesByName(entryName);
		if (!found) throw new Error(`No performance entry ${entryName}`);
		return found.entryType === 'measure' ? found.duration : found.startTime;
	}, name);
}

export function printLoad(): void {
	const [load] = loadavg();
	console.log(
		`  (load average ${load?.toFixed(1)} on ${cpus().length} CPUs: a busy machine gives higher figures)`
	);
}
