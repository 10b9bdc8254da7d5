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

test('with site data blocked (localStorage throws too), settings open with the message and no uncaught error', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/settings');
	await expect(page.getByRole('alert')).toContainText(/progress can.t be saved/i);
	await expect(page.getByRole('button', { name: 'Export backup' })).toBeVisible();
	expect(errors).toEqual([]);
});
