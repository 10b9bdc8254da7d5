import { expect, test } from '@playwright/test';
import { visitUntilControlled } from './support/app.ts';
import { PreviewServer } from './support/preview-server.ts';
import { storedIn } from './support/stored.ts';
import { E2E_PORT } from '../../scripts/builds.js';

// Its own server, so that the test can stop it: Playwright's offline mode does not cover the service worker's fetches.
const PORT = E2E_PORT + 21;
const fixture = (name: string) => new URL(`../fixtures/formats/${name}`, import.meta.url).pathname;

test('offline, a file format whose reader was never downloaded gets a clear message; Settings downloads them all', async ({
	context,
	page
}) => {
	test.setTimeout(120_000);
	const server = new PreviewServer(PORT);
	await server.start();
	try {
		await visitUntilControlled(page, server.url);
		await server.stop();
		await context.setOffline(true);

		const offline = await context.newPage();
		await offline.goto(`${server.url}/new`);
		await offline.getByLabel('Open a file').setInputFiles(fixture('transit-of-venus.pdf'));
		await expect(offline.getByRole('alert')).toContainText(
			'needs a part of Factdeck that is not on this device yet'
		);
		await offline.getByLabel('Open a file').setInputFiles(fixture('hanseatic-league.docx'));
		await expect(offline.getByRole('alert')).toContainText('Make every feature available offline');
		expect(await storedIn(offline, 'deck')).toHaveLength(1);

		await context.setOffline(false);
		await server.start();
		const settings = await context.newPage();
		await settings.goto(`${server.url}/settings`);
		const offlineSection = settings.getByRole('region', { name: 'Offline' });
		for (const part of ['Reading PDF files', 'Reading Word files', 'Reading saved web pages'])
			await expect(offlineSection.getByRole('listitem').filter({ hasText: part })).toContainText(
				/\d+ kB to download/
			);
		await offlineSection.getByRole('button', { name: /Make every feature available offline/ }).click();
		await expect(offlineSection.getByText('Every feature is available offline.').first()).toBeVisible({
			timeout: 30_000
		});

		await server.stop();
		await context.setOffline(true);
		for (const [file, title] of [
			['transit-of-venus.pdf', 'How the Transit of Venus Measured the Solar System'],
			['hanseatic-league.docx', 'The Hanseatic League'],
			['transit-of-venus.html', 'How the Transit of Venus Measured the Solar System']
		] as const) {
			const reader = await context.newPage();
			await reader.goto(`${server.url}/new`);
			await reader.getByLabel('Open a file').setInputFiles(fixture(file));
			await expect(reader.getByRole('textbox', { name: 'Deck title' }), file).toHaveValue(title, {
				timeout: 30_000
			});
			// An unsaved review is kept for the next visit to New deck: start over, so the next file starts clean.
			await reader.getByRole('button', { name: 'Start over' }).click();
			await expect
				.poll(() => reader.evaluate(() => localStorage.getItem('factdeck:new-deck-draft')))
				.toBeNull();
			await reader.close();
		}
	} finally {
		await server.stop();
	}
});
