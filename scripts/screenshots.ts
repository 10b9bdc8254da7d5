// Screenshots of every page, and the states a person meets on it, on a phone and a desktop, light and dark: for a
// look at the layout. Serves the production build (run `npm run build` first):
// `npx tsx scripts/screenshots.ts [outDir]` (SHOTS_PORT picks the preview port).
import { chromium, type BrowserContextOptions, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PreviewServer } from '../tests/e2e/support/preview-server.ts';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.js';

const OUT_DIR = process.argv[2] ?? '/tmp/shots';
const PORT = Number(process.env.SHOTS_PORT ?? 4181);
const DECK = 'sahel-alliance';
const ARTICLE = readFileSync(new URL('../tests/fixtures/articles/marie-curie.txt', import.meta.url), 'utf8');

interface Shot {
	name: string;
	/** Brings the page to the state to show; runs in order, each after the one before. */
	reach: (page: Page, memo: Memo) => Promise<void>;
	/** Only what is on screen, not the whole page: where the person is looking. */
	viewportOnly?: boolean;
}

/** What one step learns for a later one (the share link, a student's result code). */
interface Memo {
	link?: string;
	code?: string;
}

const heading = (page: Page, name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });

const SHOTS: Shot[] = [
	{
		name: 'library',
		reach: async (page) => {
			await page.goto('/');
			// The decks come from storage after the page shows.
			await page.getByRole('link', { name: 'Take quiz' }).first().waitFor();
		}
	},
	{
		name: 'new',
		reach: async (page) => {
			await page.goto('/new');
			await page.getByRole('textbox', { name: 'Article text' }).waitFor();
		}
	},
	{
		name: 'new-review',
		reach: async (page) => {
			await page.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
			await page.getByRole('button', { name: 'Make cards' }).click();
			await heading(page, 'Review the cards').waitFor({ timeout: 60_000 });
		}
	},
	{
		name: 'deck',
		reach: async (page) => {
			await page.goto(`/deck?id=${DECK}`);
			await page.getByRole('button', { name: 'Rename' }).waitFor();
		}
	},
	{
		name: 'study',
		reach: async (page) => {
			await page.goto(`/study?deck=${DECK}`);
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: /^Good/ }).waitFor();
		}
	},
	{
		name: 'stats',
		reach: async (page) => {
			await page.goto('/stats');
			await page.getByRole('row', { name: /^All time/ }).waitFor();
		}
	},
	{
		name: 'quiz-setup',
		reach: async (page) => {
			await page.goto(`/quiz?deck=${DECK}`);
			await page.getByRole('button', { name: 'Start quiz' }).waitFor();
		}
	},
	{
		name: 'quiz-wrong',
		reach: async (page) => {
			for (const kind of ['Short answer', 'True or false'])
				await page.getByRole('checkbox', { name: kind }).uncheck();
			await page.getByRole('radio', { name: 'After each question' }).check();
			await page.getByRole('button', { name: 'Start quiz' }).click();
			// Pick A until a pick is wrong.
			for (let n = 0; n < 10; n++) {
				await page.getByRole('radio').first().check();
				await page.getByRole('button', { name: 'Confirm' }).click();
				if (await page.getByText('Not quite.').isVisible()) return;
				await page.getByRole('button', { name: /^(Next|See results)$/ }).click();
			}
		}
	},
	{
		name: 'quiz-results',
		reach: async (page) => {
			for (;;) {
				const next = page.getByRole('button', { name: /^(Confirm|Next|See results)$/ });
				const results = heading(page, 'Results', 2);
				await results.or(next).first().waitFor();
				if (await results.isVisible()) return;
				if ((await next.textContent())?.trim() === 'Confirm') await page.getByRole('radio').first().check();
				await next.click();
			}
		}
	},
	{
		name: 'share',
		reach: async (page) => {
			await page.goto(`/share?deck=${DECK}`);
			await page.getByRole('button', { name: 'Make the link' }).waitFor();
		}
	},
	{
		name: 'share-made',
		viewportOnly: true,
		reach: async (page, memo) => {
			await page.getByRole('button', { name: 'Make the link' }).click();
			await page.getByRole('img', { name: 'QR code of the quiz link' }).waitFor();
			memo.link = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();
			// The page scrolls smoothly to the link: let it arrive.
			await page.waitForTimeout(800);
		}
	},
	{
		name: 'play',
		reach: async (page, memo) => {
			await page.goto(memo.link ?? '/play');
			await page.getByRole('button', { name: 'Start' }).waitFor();
		}
	},
	{
		name: 'play-question',
		reach: async (page) => {
			await page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Ada Lovelace');
			await page.getByRole('button', { name: 'Start' }).click();
			await heading(page, /./, 2).waitFor();
		}
	},
	{
		name: 'play-result',
		reach: async (page, memo) => {
			for (let n = 1; n <= 10; n++) {
				await page.getByText(`${n} / 10`, { exact: true }).waitFor();
				const typed = page.getByRole('textbox', { name: 'Your answer' });
				if (await typed.isVisible()) await typed.fill('Mali');
				else await page.getByRole('radio').first().check();
				await page.getByRole('button', { name: /^(Next|See results|Confirm)$/ }).click();
				if (await page.getByText('Not quite.').or(page.getByText('Correct.')).isVisible())
					await page.getByRole('button', { name: /^(Next|See results)$/ }).click();
			}
			memo.code = await page.getByRole('textbox', { name: 'Result code' }).inputValue();
		}
	},
	{
		name: 'results',
		reach: async (page, memo) => {
			// The student's result link, opened where the quiz was shared: the code is counted.
			await page.goto(`/results#${memo.code ?? ''}`);
			await page.getByRole('row', { name: /Ada Lovelace/ }).waitFor();
		}
	},
	{
		name: 'settings',
		reach: async (page) => {
			await page.goto('/settings');
			await page.getByRole('radio', { name: 'Large' }).waitFor();
		}
	},
	{
		name: 'exchange',
		reach: async (page) => {
			await page.goto('/exchange');
			await heading(page, /./).waitFor();
		}
	}
];

const DEVICES: Record<string, BrowserContextOptions> = {
	phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
	desktop: { viewport: { width: 1280, height: 800 } }
};

const SCHEMES = ['light', 'dark'] as const;

async function main(): Promise<void> {
	await mkdir(OUT_DIR, { recursive: true });
	const only = process.env.SHOTS_ONLY?.split(',');
	const server = new PreviewServer(PORT);
	await server.start();
	const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
	try {
		for (const [device, options] of Object.entries(DEVICES)) {
			for (const colorScheme of SCHEMES) {
				const context = await browser.newContext({ ...options, colorScheme, baseURL: server.url });
				const page = await context.newPage();
				const memo: Memo = {};
				for (const { name, reach, viewportOnly } of SHOTS) {
					try {
						await reach(page, memo);
					} catch (error) {
						console.error(`${name} (${device}, ${colorScheme}): ${String(error)}`);
						continue;
					}
					if (only && !only.includes(name)) continue;
					await page.evaluate(() => document.fonts.ready);
					const path = join(OUT_DIR, `${name}-${device}-${colorScheme}.png`);
					await page.screenshot({ path, fullPage: !viewportOnly });
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
