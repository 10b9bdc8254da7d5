import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Chrome only reports installability for a persistent profile, so this test launches its own browser.
test('Chrome reports no installability errors', async ({ playwright, launchOptions, baseURL }) => {
	const profile = await mkdtemp(join(tmpdir(), 'factdeck-profile-'));
	const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});

		const cdp = await context.newCDPSession(page);
		// Chrome checks the manifest, its icons and the service worker in the background: ask until it has.
		await expect
			.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, {
				timeout: 10_000
			})
			.toEqual([]);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});
