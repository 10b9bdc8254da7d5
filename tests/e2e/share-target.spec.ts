import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { visitUntilControlled } from './support/app.ts';
import { storedIn } from './support/stored.ts';

const FIXTURES = new URL('../fixtures/formats/', import.meta.url);
const ARTICLE = readFileSync(new URL('hanseatic-league.txt', FIXTURES), 'utf8').trim();
const [TITLE, ...PARAGRAPHS] = ARTICLE.split('\n\n');
const BODY = PARAGRAPHS.join('\n\n');

/** Posts a form to the share target the way Android's share sheet does (multipart, to the manifest's action). */
async function shareByPost(page: Page, fields: Record<string, string>, file?: string): Promise<void> {
	await page.evaluate((values) => {
		const form = document.createElement('form');
		Object.assign(form, { method: 'post', action: '/new', enctype: 'multipart/form-data' });
		for (const [name, value] of Object.entries(values))
			form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
		form.append(
			Object.assign(document.createElement('input'), { type: 'file', name: 'file', id: 'shared-file' })
		);
		document.body.append(form);
	}, fields);
	if (file) await page.locator('#shared-file').setInputFiles(new URL(file, FIXTURES).pathname);
	await page.evaluate(() => document.querySelector<HTMLFormElement>('form[action="/new"]')?.submit());
}

test('a page shared as "title + link" opens New deck with its title and the link, and a note to paste its text', async ({
	page
}) => {
	const link = 'https://news.example.org/history/hanseatic-league';
	await page.goto(`/new?text=${encodeURIComponent(`${TITLE} ${link}`)}`);
	const shared = page.getByRole('region', { name: 'Shared link' });
	await expect(shared.getByRole('link', { name: link })).toHaveAttribute('href', link);
	await expect(shared).toContainText('cannot open pages from other sites');
	const field = page.getByRole('textbox', { name: 'Article text' });
	await expect(field).toHaveValue(`${TITLE}\n\n`);

	// The person pastes the article's text under the title; the deck keeps the link as its source.
	await field.fill(`${TITLE}\n\n${BODY}`);
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByText(`From ${link}`)).toBeVisible({ timeout: 30_000 });
	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(
		page.getByRole('article', { name: 'Article' }).getByRole('link', { name: `From ${link}` })
	).toBeVisible();
	const decks = (await storedIn(page, 'deck')) as { source?: string }[];
	expect(decks.map((deck) => deck.source)).toContain(link);
});

test('shared text becomes the article, with the shared title on the first line', async ({ page }) => {
	await page.goto(`/new?title=${encodeURIComponent(TITLE ?? '')}&text=${encodeURIComponent(BODY)}`);
	await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(ARTICLE);
	await expect(page.getByRole('region', { name: 'Shared link' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByRole('textbox', { name: 'Deck title' })).toHaveValue(TITLE ?? '', {
		timeout: 30_000
	});
});

test('the installed app’s share target takes text and files posted by the share sheet', async ({
	page,
	baseURL
}) => {
	test.setTimeout(60_000);
	await visitUntilControlled(page, baseURL ?? '');

	await shareByPost(page, { title: TITLE ?? '', text: BODY, url: '' });
	await expect(page).toHaveURL(/\/new\?title=/);
	await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(ARTICLE);

	await shareByPost(page, { title: '', text: '', url: '' }, 'transit-of-venus.pdf');
	await expect(page).toHaveURL(/\/new\?shared=file/);
	await expect(page.getByRole('textbox', { name: 'Deck title' })).toHaveValue(
		'How the Transit of Venus Measured the Solar System',
		{ timeout: 30_000 }
	);
	await expect(page.getByText('From transit-of-venus.pdf')).toBeVisible();
	// The shared file is taken once: it does not come back on reload.
	expect(
		await page.evaluate(async () => (await caches.open('share-target')).keys().then((k) => k.length))
	).toBe(0);
});
