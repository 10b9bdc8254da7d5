import { expect, test } from '@playwright/test';
import {
	DEFAULT_DECK,
	deckUrl,
	expectDefaultArticle,
	visitUntilControlled,
	textSizeChoice
} from './support/app.ts';
import { PreviewServer } from './support/preview-server.ts';
import { storedIn } from './support/stored.ts';
import { E2E_PORT } from '../../scripts/builds.js';

// Its own server, so that the test can stop it: Playwright's offline mode does not cover the service worker's fetches.
const OFFLINE_PORT = E2E_PORT + 7;

test('after one visit the app works with no network and no server', async ({ context, page }) => {
	test.setTimeout(90_000);
	const server = new PreviewServer(OFFLINE_PORT);
	await server.start();
	try {
		await visitUntilControlled(page, server.url);

		await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
		await textSizeChoice(page, 'Large').check();
		await expect.poll(async () => JSON.stringify(await storedIn(page, 'setting'))).toContain('"large"');

		await server.stop();
		await expect(fetch(server.url)).rejects.toThrow();
		await context.setOffline(true);

		const home = await context.newPage();
		await home.goto(`${server.url}/`);
		await expect(home.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
		await expect(home.getByRole('link', { name: DEFAULT_DECK.title })).toBeVisible();

		const deck = await context.newPage();
		await deck.goto(`${server.url}${deckUrl(DEFAULT_DECK.id)}`);
		await expectDefaultArticle(deck);

		const settings = await context.newPage();
		await settings.goto(`${server.url}/settings`);
		await expect(textSizeChoice(settings, 'Large')).toBeChecked();
	} finally {
		await server.stop();
	}
});
