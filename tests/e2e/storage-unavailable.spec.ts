import { expect, test } from '@playwright/test';
import { DEFAULT_DECK, expectDefaultArticle } from './support/app.ts';

test.beforeEach(async ({ page }) => {
	// As in some private modes: touching IndexedDB at all throws.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
	});
});

test('without IndexedDB the app says progress cannot be saved and the article stays readable', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(/progress can.t be saved/i);

	await page.getByRole('link', { name: DEFAULT_DECK.title }).click();
	await expectDefaultArticle(page);
});
