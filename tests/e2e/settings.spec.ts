import { expect, test } from '@playwright/test';
import { DEFAULT_DECK, openLibrary, textSizeChoice } from './support/app.ts';
import { storedIn } from './support/stored.ts';

test('the article text size is saved as soon as it is chosen', async ({ page }) => {
	await openLibrary(page);
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

	await expect(textSizeChoice(page, 'Medium')).toBeChecked();
	await textSizeChoice(page, 'Large').check();
	await expect.poll(async () => JSON.stringify(await storedIn(page, 'setting'))).toContain('"large"');

	await page.reload();
	await expect(textSizeChoice(page, 'Large')).toBeChecked();
});

test('the storage section says whether storage is persistent and how much is used', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByText('Persistent storage', { exact: true })).toBeVisible();
	await expect(page.getByText(/^(On|Off|Unknown) — /)).toBeVisible();
	await expect(page.getByText('Used', { exact: true })).toBeVisible();
	// The offline section also speaks of what is "available offline": the figure is the storage section's.
	await expect(page.getByRole('region', { name: 'Storage' }).getByText(/ of .+ available$/)).toBeVisible();
});

test('"Delete all data" asks first, then empties the library and the database', async ({ page }) => {
	await openLibrary(page);
	await expect(page.getByRole('link', { name: DEFAULT_DECK.title })).toBeVisible();

	await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Delete all data' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect.poll(async () => (await storedIn(page, 'deck')).length).toBe(0);

	await page.getByRole('banner').getByRole('link', { name: 'Factdeck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(page.getByText('No decks yet')).toBeVisible();
	await expect(page.getByRole('link', { name: DEFAULT_DECK.title })).toHaveCount(0);
});
