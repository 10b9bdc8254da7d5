import { expect, type Locator, type Page } from '@playwright/test';

/** The deck every first launch opens on, as a person sees it. */
export const DEFAULT_DECK = {
	id: 'sahel-alliance',
	title: 'Niger, Burkina Faso and Mali form defence alliance',
	subtitle: 'Alliance of Sahel States',
	attribution: 'TRT Afrika and agencies',
	firstParagraph:
		'The leaders of Mali, Burkina Faso and Niger signed a charter establishing a defence alliance'
};

export const deckUrl = (id: string) => `/deck?id=${encodeURIComponent(id)}`;

/** Waits until the page shows the library with the default deck, the sign that the app has started. */
export async function openLibrary(page: Page, url = '/'): Promise<void> {
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	// The heading is in the prerendered page; the decks come from storage a moment later.
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Checks that a deck page shows the default article: headline, paragraphs, section headings and source. */
export async function expectDefaultArticle(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();
	const article = page.getByRole('article', { name: 'Article' });
	await expect(article.getByRole('paragraph').filter({ hasText: DEFAULT_DECK.firstParagraph })).toBeVisible();
	await expect(article.getByRole('heading', { name: 'Defence and economy' })).toBeVisible();
	await expect(article.getByText(`Source: ${DEFAULT_DECK.attribution}`)).toBeVisible();
	// Photo captions are page furniture, not part of the article.
	await expect(article).not.toContainText('Photo:');
}

/** Visits the app once at `origin` and waits until its service worker controls the page: from then on it works offline. */
export async function visitUntilControlled(page: Page, origin: string): Promise<void> {
	await page.goto(`${origin}/`);
	await expect(page.getByRole('link', { name: DEFAULT_DECK.title })).toBeVisible();
	await serviceWorkerReady(page);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Resolves once a service worker is active for the page. */
export async function serviceWorkerReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

/** One choice of the settings' "Article text size" (a fieldset group or an ARIA radiogroup: both read the same). */
export function textSizeChoice(page: Page, size: 'Small' | 'Medium' | 'Large'): Locator {
	const name = 'Article text size';
	const group = page.getByRole('radiogroup', { name }).or(page.getByRole('group', { name }));
	return group.getByRole('radio', { name: size });
}
