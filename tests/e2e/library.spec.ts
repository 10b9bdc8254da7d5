import { expect, test } from '@playwright/test';
import { DEFAULT_DECK, expectDefaultArticle, openLibrary } from './support/app.ts';
import { recordWithId, storedIn } from './support/stored.ts';

test('first launch shows the library with the default deck, stored on the device', async ({ page }) => {
	await openLibrary(page);

	const deckLink = page.getByRole('link', { name: DEFAULT_DECK.title });
	await expect(deckLink).toBeVisible();
	await expect(page.getByText(DEFAULT_DECK.subtitle)).toBeVisible();
	await expect(page.getByText(DEFAULT_DECK.attribution)).toBeVisible();

	await expect
		.poll(async () => recordWithId(await storedIn(page, 'deck'), DEFAULT_DECK.id)?.title)
		.toBe(DEFAULT_DECK.title);
});

test('opening the default deck shows its article: headline, paragraphs and source', async ({ page }) => {
	await openLibrary(page);
	await page.getByRole('link', { name: DEFAULT_DECK.title }).click();

	await expect(page).toHaveURL(/\/deck\?id=sahel-alliance$/);
	await expectDefaultArticle(page);
	await expect(page.getByRole('button', { name: 'Rename' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Delete deck' })).toBeVisible();
});

test('the header leads home, to the settings and back', async ({ page }) => {
	await openLibrary(page);
	const header = page.getByRole('banner');
	await expect(header.getByRole('link', { name: 'Factdeck' })).toBeVisible();
	await expect(header.getByRole('button', { name: 'Back' })).toBeHidden();

	await header.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

	await header.getByRole('button', { name: 'Back' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

	await page.getByRole('link', { name: DEFAULT_DECK.title }).click();
	await expect(page.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();
	await header.getByRole('link', { name: 'Factdeck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('a first visit says what Factdeck does, and studying or a quiz is one tap from the library', async ({
	page
}) => {
	await openLibrary(page);
	await expect(page.getByText('Factdeck turns an article into flashcards and a quiz')).toBeVisible();
	const deck = page.getByRole('listitem').filter({ hasText: DEFAULT_DECK.title });
	await expect(deck.getByRole('link', { name: 'Take quiz' })).toBeVisible();
	const study = deck.getByRole('link', { name: /^Study \(\d+ cards to study today\)$/ });
	await expect(study).toHaveAccessibleDescription(DEFAULT_DECK.title);
	await study.click();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expect(page).toHaveURL(/\/study\?deck=sahel-alliance$/);
});
