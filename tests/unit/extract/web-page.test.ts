import { describe, expect, it } from 'vitest';
import { webPageToText } from '$lib/extract/web-page';
import { generateDeck } from '$lib/generate';
import { fixtureText } from './fixtures.ts';

describe('webPageToText on a saved news page', () => {
	const page = fixtureText('transit-of-venus.html');

	it('keeps the article and drops navigation, cookie banner, caption, ad, related links, comments and scripts', () => {
		const { text, site } = webPageToText(page);
		expect(text + '\n').toBe(fixtureText('transit-of-venus.txt'));
		expect(site).toBe('Sky Weekly');
		for (const chrome of [
			'Subscribe',
			'cookies',
			'Photo:',
			'Advertisement',
			'Related',
			'stargazer',
			'Tracking',
			'alert'
		])
			expect(text).not.toContain(chrome);
	});

	it('makes the same cards as pasting the article’s plain text', () => {
		const extracted = generateDeck(webPageToText(page).text, { deckId: 'deck-3' });
		expect(extracted).toEqual(generateDeck(fixtureText('transit-of-venus.txt'), { deckId: 'deck-3' }));
	});

	it('keeps a pasted selection of a few paragraphs and headings whole', () => {
		const fragment =
			'<h2>Cook in Tahiti</h2><p>Cook reached Tahiti in April 1769.</p><figure><img src="x.jpg"><figcaption>Point Venus. Photo: archive</figcaption></figure><p>He built a small fort.</p>';
		expect(webPageToText(fragment).text).toBe(
			'Cook in Tahiti\n\nCook reached Tahiti in April 1769.\n\nHe built a small fort.'
		);
	});
});
