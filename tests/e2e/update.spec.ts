import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DECK, serviceWorkerReady } from './support/app.ts';
import { StaticServer } from './support/static-server.ts';
import { BUILD_PATH, E2E_PORT } from '../../scripts/builds.js';

const UPDATE_PORT = E2E_PORT + 8;

/** Marks the page's JavaScript context: a reload wipes the mark. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { factdeckTestMark: true }));
const isMarked = (page: Page) => page.evaluate(() => 'factdeckTestMark' in window);

async function checkForUpdate(page: Page) {
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
}

test('a new version announces itself and waits for Reload; other tabs never reload by themselves', async ({
	context
}) => {
	test.setTimeout(90_000);
	const server = new StaticServer(BUILD_PATH, UPDATE_PORT);
	await server.start();
	try {
		const first = await context.newPage();
		await first.goto(`${server.url}/`);
		await expect(first.getByRole('link', { name: DEFAULT_DECK.title })).toBeVisible();
		await serviceWorkerReady(first);
		await expect.poll(() => first.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		// The first visit's worker taking control is no update.
		await expect(first.getByText('Update available')).toHaveCount(0);
		const second = await context.newPage();
		await second.goto(`${server.url}/deck?id=${DEFAULT_DECK.id}`);
		await expect(second.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();
		await Promise.all([mark(first), mark(second)]);

		server.deployNewVersion();
		await checkForUpdate(first);
		const prompt = first.getByRole('status').filter({ hasText: 'Update available' });
		await expect(prompt).toBeVisible();
		expect(await isMarked(first)).toBe(true);

		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect.poll(() => isMarked(first).catch(() => true)).toBe(false);
		await expect(first.getByRole('link', { name: DEFAULT_DECK.title })).toBeVisible();

		// The other tab (mid-reading, or mid-session) is told, not reloaded.
		await expect(second.getByRole('status').filter({ hasText: 'Update available' })).toBeVisible();
		expect(await isMarked(second)).toBe(true);
	} finally {
		await server.stop();
	}
});
