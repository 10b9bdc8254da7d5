// Screenshots of the main pages on a phone and a desktop, light and dark, for a look at the layout.
// Serves the production build (run `npm run build` first): `npx tsx scripts/screenshots.ts [outDir]`.
import { chromium, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PreviewServer } from '../tests/e2e/support/preview-server.ts';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.js';

const OUT_DIR = process.argv[2] ?? '/tmp/shots';
const PORT = 4181;

/** Each page, and what shows once its data has been read from the database. */
const PAGES: Record<string, { url: string; ready: (page: Page) => Locator }> = {
	home: {
		url: '/',
		ready: (page) => page.getByRole('main').getByRole('link').or(page.getByText('No decks yet')).first()
	},
	deck: { url: '/deck?id=sahel-alliance', ready: (page) => page.getByRole('button', { name: 'Rename' }) },
	settings: { url: '/settings', ready: (page) => page.getByRole('radio', { name: 'Large' }) }
};

const DEVICES: Record<string, BrowserContextOptions> = {
	phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
	desktop: { viewport: { width: 1280, height: 800 } }
};

const SCHEMES = ['light', 'dark'] as const;

async function main(): Promise<void> {
	await mkdir(OUT_DIR, { recursive: true });
	const server = new PreviewServer(PORT);
	await server.start();
	const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
	try {
		for (const [device, options] of Object.entries(DEVICES)) {
			for (const colorScheme of SCHEMES) {
				const context = await browser.newContext({ ...options, colorScheme, baseURL: server.url });
				const page = await context.newPage();
				for (const [name, { url, ready }] of Object.entries(PAGES)) {
					await page.goto(url);
					await ready(page).waitFor();
					await page.evaluate(() => document.fonts.ready);
					const path = join(OUT_DIR, `${name}-${device}-${colorScheme}.png`);
					await page.screenshot({ path, fullPage: true });
					console.log(path);
				}
				await context.close();
			}
		}
	} finally {
		await browser.close();
		await server.stop();
	}
}

await main();
