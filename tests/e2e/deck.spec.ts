import { expect, test } from '@playwright/test';
import { DEFAULT_DECK, deckUrl, openLibrary } from './support/app.ts';
import { recordWithId, storedIn } from './support/stored.ts';

const NEW_TITLE = 'Sahel states sign a defence charter';

test('a deck can be renamed; the new title is on the page, in the library and stored', async ({ page }) => {
	await openLibrary(page);
	await page.getByRole('link', { name: DEFAULT_DECK.title }).click();
	await expect(page.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();

	await page.getByRole('button', { name: 'Rename' }).click();
	const field = page.getByRole('textbox', { name: 'Deck title' });
	await expect(field).toHaveValue(DEFAULT_DECK.title);
	await field.fill(NEW_TITLE);
	await page.getByRole('button', { name: 'Save' }).click();

	await expect(page.getByRole('heading', { level: 1, name: NEW_TITLE })).toBeVisible();
	await expect
		.poll(async () => recordWithId(await storedIn(page, 'deck'), DEFAULT_DECK.id)?.title)
		.toBe(NEW_TITLE);

	await page.getByRole('banner').getByRole('link', { name: 'Factdeck' }).click();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(page.getByRole('link', { name: NEW_TITLE })).toBeVisible();
	await expect(page.getByRole('link', { name: DEFAULT_DECK.title })).toHaveCount(0);
});

test('a deck is deleted only after confirmation, leaving an empty library that says how to add one', async ({
	page
}) => {
	await openLibrary(page);
	await page.goto(deckUrl(DEFAULT_DECK.id));
	await expect(page.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();

	await page.getByRole('button', { name: 'Delete deck' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	expect(recordWithId(await storedIn(page, 'deck'), DEFAULT_DECK.id)).toBeDefined();

	await page.getByRole('button', { name: 'Delete deck' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(page.getByText('No decks yet')).toBeVisible();
	await expect(page.getByRole('link', { name: DEFAULT_DECK.title })).toHaveCount(0);
	await expect.poll(async () => (await storedIn(page, 'deck')).length).toBe(0);
	await expect.poll(async () => (await storedIn(page, 'card')).length).toBe(0);

	// A deleted default deck stays deleted: the next launch is not a first launch.
	await page.reload();
	await expect(page.getByText('No decks yet')).toBeVisible();
	await expect(page.getByRole('link', { name: DEFAULT_DECK.title })).toHaveCount(0);
});
