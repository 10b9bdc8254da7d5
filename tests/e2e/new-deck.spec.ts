import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openLibrary } from './support/app.ts';
import { editQuestion, tap } from './support/cards.ts';
import { storedIn } from './support/stored.ts';

const ARTICLE = readFileSync(new URL('../fixtures/articles/marie-curie.txt', import.meta.url), 'utf8');
const TITLE = ARTICLE.split('\n')[0]!.trim();
/** Four sentences pasted as one line, with no title line. */
const ONE_LINE = readFileSync(new URL('../fixtures/pastes/one-line.txt', import.meta.url), 'utf8').trim();

test('an article pasted in becomes a deck whose cards can be edited and deleted before saving', async ({
	page
}) => {
	await openLibrary(page);
	await page.getByRole('link', { name: 'New deck' }).click();
	await page.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE);
	await page.getByRole('button', { name: 'Make cards' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Review the cards' })).toBeVisible({
		timeout: 20_000
	});
	await expect(page.getByRole('textbox', { name: 'Deck title' })).toHaveValue(TITLE);
	// The list is drawn a window at a time: its heading gives the number of cards.
	const heading = page.getByRole('heading', { level: 2, name: /^Cards \(\d+ cards\)$/ });
	const made = Number(/\d+/.exec((await heading.textContent()) ?? '')?.[0]);
	expect(made).toBeGreaterThanOrEqual(10);

	await editQuestion(page, 1, 'Which scientist is this article about?');

	await tap(page.getByRole('button', { name: 'Delete card 2', exact: true }));
	await expect(heading).toHaveText(`Cards (${made - 1} cards)`);

	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page).toHaveURL(/\/deck\?id=/);

	const deckId = new URL(page.url()).searchParams.get('id');
	const stored = (await storedIn(page, 'card')) as { deckId: string; prompt: string }[];
	const saved = stored.filter((card) => card.deckId === deckId);
	expect(saved).toHaveLength(made - 1);
	expect(saved.map((card) => card.prompt)).toContain('Which scientist is this article about?');

	await page.getByRole('banner').getByRole('link', { name: 'Factdeck' }).click();
	await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
});

test('a web address, empty text and a binary file are refused with a clear message, nothing saved', async ({
	page
}) => {
	await page.goto('/new');
	const text = page.getByRole('textbox', { name: 'Article text' });
	const make = page.getByRole('button', { name: 'Make cards' });

	await make.click();
	await expect(page.getByRole('alert')).toContainText('The text is empty');

	await text.fill('https://www.example.com/news/some-article');
	await make.click();
	await expect(page.getByRole('alert')).toContainText('Factdeck needs the article’s text');
	await expect(page.getByRole('alert')).toContainText('cannot fetch pages');

	await page.getByLabel('Open a file').setInputFiles({
		name: 'photo.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a])
	});
	await expect(page.getByRole('alert')).toContainText('not text');
	expect(await storedIn(page, 'deck')).toHaveLength(0);
});

test('a paragraph pasted as one line becomes a deck titled by its first sentence; nothing is lost on the way', async ({
	page
}) => {
	await openLibrary(page);
	await page.getByRole('link', { name: 'New deck' }).click();
	const text = page.getByRole('textbox', { name: 'Article text' });
	await text.fill(ONE_LINE);
	// A reload (or a tab the phone discarded) gives the paste back.
	await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);
	await page.reload();
	await expect(text).toHaveValue(ONE_LINE);

	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the cards' })).toBeVisible({
		timeout: 20_000
	});
	const title = page.getByRole('textbox', { name: 'Deck title' });
	await expect(title).toHaveValue('Marie Curie was born in Warsaw in 1867 and moved to Paris in…');
	// The list is drawn a window at a time: its heading gives the number of cards.
	const heading = page.getByRole('heading', { level: 2, name: /^Cards \(\d+ cards?\)$/ });
	const made = Number(/\d+/.exec((await heading.textContent()) ?? '')?.[0]);
	expect(made).toBeGreaterThanOrEqual(4);
	await title.fill('Marie Curie in one paragraph');
	await tap(page.getByRole('button', { name: 'Delete card 1', exact: true }));

	// The review, its title and its edits survive a reload too.
	await page.waitForTimeout(400);
	await page.reload();
	await expect(title).toHaveValue('Marie Curie in one paragraph');
	await expect(heading).toHaveText(`Cards (${made - 1} cards)`);
	// Starting over brings the paste back, not an empty box.
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(text).toHaveValue(ONE_LINE);
	await page.getByRole('button', { name: 'Make cards' }).click();
	await title.fill('Marie Curie in one paragraph');

	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Marie Curie in one paragraph' })).toBeVisible();
	const deckId = new URL(page.url()).searchParams.get('id');
	const stored = (await storedIn(page, 'card')) as { deckId: string; evidence: string }[];
	const saved = stored.filter((card) => card.deckId === deckId);
	expect(saved).toHaveLength(made);
	expect(saved.some((card) => card.evidence.startsWith('Marie Curie was born in Warsaw'))).toBe(true);

	// Saved: the draft is done with.
	await page.goto('/new');
	await expect(text).toHaveValue('');
});

test('when no cards can be made the text stays in the box, with the reason', async ({ page }) => {
	await page.goto('/new');
	const text = page.getByRole('textbox', { name: 'Article text' });
	const noProse = 'Scores\n\n12 34 56\n\n78 90 12';
	await text.fill(noProse);
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByRole('alert')).toContainText('No sentences were found');
	await expect(text).toHaveValue(noProse);
	await expect(text).toBeEditable();
});
