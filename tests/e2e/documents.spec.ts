import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { storedIn } from './support/stored.ts';

const FIXTURES = new URL('../fixtures/formats/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;
const plainText = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

interface StoredCard {
	deckId: string;
	type: string;
	prompt: string;
	answer: string;
	evidence: string;
}

async function reviewScreen(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: 'Review the cards' })).toBeVisible({
		timeout: 30_000
	});
}

/**
 * Saves the deck under review and returns its cards as stored. Ids, true/false statements and choice order depend on
 * the deck's id, and each deck has its own, so those are left out here (unit tests compare them for one id).
 */
async function saveAndReadCards(page: Page): Promise<string[]> {
	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page).toHaveURL(/\/deck\?id=/);
	const deckId = new URL(page.url()).searchParams.get('id');
	const cards = (await storedIn(page, 'card')) as StoredCard[];
	return cards
		.filter((card) => card.deckId === deckId)
		.map((card) =>
			JSON.stringify(
				card.type === 'truefalse'
					? [card.type, card.evidence]
					: [card.type, card.prompt, card.answer, card.evidence]
			)
		)
		.sort();
}

async function pasteAndSave(page: Page, text: string): Promise<string[]> {
	await page.goto('/new');
	await page.getByRole('textbox', { name: 'Article text' }).fill(text);
	await page.getByRole('button', { name: 'Make cards' }).click();
	await reviewScreen(page);
	return saveAndReadCards(page);
}

test.describe('a deck from a file', () => {
	test('a two-column PDF handout makes the same cards as its pasted text, and shows its title and source', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.goto('/new');
		await page.getByLabel('Open a file').setInputFiles(fixture('transit-of-venus.pdf'));
		await reviewScreen(page);
		await expect(page.getByRole('textbox', { name: 'Deck title' })).toHaveValue(
			'How the Transit of Venus Measured the Solar System'
		);
		await expect(page.getByText('From transit-of-venus.pdf')).toBeVisible();
		const fromPdf = await saveAndReadCards(page);

		const article = page.getByRole('article', { name: 'Article' });
		await expect(article.getByRole('heading', { name: 'Cook in Tahiti' })).toBeVisible();
		await expect(article).not.toContainText('Astronomy handout');
		await expect(article.getByText('From transit-of-venus.pdf')).toBeVisible();
		const stored = (await storedIn(page, 'deck')) as { source?: string; text: string }[];
		expect(stored.find((deck) => deck.source === 'transit-of-venus.pdf')?.text).toBe(
			plainText('transit-of-venus.txt').trim()
		);

		expect(fromPdf.length).toBeGreaterThan(10);
		expect(await pasteAndSave(page, plainText('transit-of-venus.txt'))).toEqual(fromPdf);
	});

	test('a Word document with headings and a table makes the same cards as its pasted text', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.goto('/new');
		await page.getByLabel('Open a file').setInputFiles(fixture('hanseatic-league.docx'));
		await reviewScreen(page);
		await expect(page.getByRole('textbox', { name: 'Deck title' })).toHaveValue('The Hanseatic League');
		await expect(page.getByText('From hanseatic-league.docx')).toBeVisible();
		const fromWord = await saveAndReadCards(page);
		await expect(page.getByRole('article', { name: 'Article' })).not.toContainText('Check the date');

		expect(fromWord.length).toBeGreaterThan(5);
		expect(await pasteAndSave(page, plainText('hanseatic-league.txt'))).toEqual(fromWord);
	});

	test('a saved web page is reduced to its article: no navigation, ads, captions, comments or scripts', async ({
		page
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto('/new');
		await page.getByLabel('Open a file').setInputFiles(fixture('transit-of-venus.html'));
		await reviewScreen(page);
		await expect(page.getByText('From Sky Weekly')).toBeVisible();
		await page.getByRole('button', { name: 'Save deck' }).click();
		const article = page.getByRole('article', { name: 'Article' });
		await expect(article.getByRole('heading', { name: 'The expeditions of 1761' })).toBeVisible();
		for (const chrome of [
			'Subscribe',
			'cookies',
			'Advertisement',
			'Related stories',
			'stargazer_77',
			'Photo:'
		])
			await expect(article).not.toContainText(chrome);
		expect(dialogs).toEqual([]);
	});

	test('bad files get a clear message each, and nothing is saved', async ({ page }) => {
		await page.goto('/new');
		const open = page.getByLabel('Open a file');
		const alert = page.getByRole('alert');
		const cases: [string, RegExp][] = [
			['scanned.pdf', /no text, only pictures of pages/],
			['encrypted.pdf', /protected with a password/],
			['corrupt.pdf', /PDF is damaged/],
			['corrupt.docx', /Word file is damaged/],
			['old-word.docx', /old \.doc format/],
			['article.doc', /reads \.txt, \.md, \.html, \.pdf and \.docx/],
			['article.odt', /reads \.txt, \.md, \.html, \.pdf and \.docx/]
		];
		for (const [name, message] of cases) {
			await open.setInputFiles(fixture(name));
			await expect(alert, name).toContainText(message, { timeout: 15_000 });
		}
		await open.setInputFiles({ name: 'slides.pptx', mimeType: 'application/zip', buffer: Buffer.from('PK') });
		await expect(alert).toContainText('Save other documents (such as .doc, .odt or .pptx) as PDF or .docx');
		await open.setInputFiles({
			name: 'fake.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('Just text')
		});
		await expect(alert).toContainText('is not a PDF');
		await expect(page.getByText('.pdf or .docx up to 20 MB')).toBeVisible();
		expect(await storedIn(page, 'deck')).toHaveLength(0);
	});
});

test('rich text pasted from a web page keeps paragraphs and headings and drops the page around them', async ({
	page
}) => {
	await page.goto('/new');
	const field = page.getByRole('textbox', { name: 'Article text' });
	await field.focus();
	await page.evaluate((html) => {
		const data = new DataTransfer();
		data.setData('text/html', html);
		data.setData('text/plain', 'plain fallback');
		const target = document.activeElement as HTMLTextAreaElement;
		target.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, plainText('transit-of-venus.html'));
	await expect(field).toHaveValue(plainText('transit-of-venus.txt').trim());
});
