import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToText } from '$lib/extract/docx';
import { boundedUnzip } from '$lib/extract/zip';
import { generateDeck } from '$lib/generate';
import { ArticleInputError } from '$lib/import';
import { fixtureBytes, fixtureText } from './fixtures.ts';

async function problemOf(action: () => unknown): Promise<string> {
	try {
		await action();
		return 'none';
	} catch (error) {
		return error instanceof ArticleInputError ? error.problem : String(error);
	}
}

describe('docxToText on a Word file made with LibreOffice', () => {
	it('keeps title, headings, paragraphs and table rows; drops the picture and the comment', async () => {
		const text = await docxToText(fixtureBytes('hanseatic-league.docx'));
		expect(text + '\n').toBe(fixtureText('hanseatic-league.txt'));
		expect(text).toContain('Lübeck 1226 The seat of the Hanseatic Diet');
		expect(text).not.toContain('Check the date');
	});

	it('makes the same cards as pasting the article’s plain text', async () => {
		const extracted = generateDeck(await docxToText(fixtureBytes('hanseatic-league.docx')), {
			deckId: 'deck-2'
		});
		const pasted = generateDeck(fixtureText('hanseatic-league.txt'), { deckId: 'deck-2' });
		expect(extracted.cards.length).toBeGreaterThan(5);
		expect(extracted).toEqual(pasted);
	});

	it('refuses a file cut short and a zip that is not a Word document', async () => {
		expect(await problemOf(() => docxToText(fixtureBytes('corrupt.docx')))).toBe('corrupt-docx');
		const notWord = zipSync({ 'readme.txt': new TextEncoder().encode('hello') });
		expect(await problemOf(() => docxToText(notWord))).toBe('corrupt-docx');
	});
});

describe('boundedUnzip', () => {
	const zeros = zipSync({ 'word/document.xml': new Uint8Array(200_000) }, { level: 9 });

	it('refuses a package that unpacks to more than the limit', () => {
		expect(zeros.length).toBeLessThan(2_000);
		expect(() => boundedUnzip(zeros, () => true, 100_000)).toThrow(
			expect.objectContaining({ problem: 'unpacked-too-large' })
		);
		expect(boundedUnzip(zeros, () => true, 300_000)['word/document.xml']?.length).toBe(200_000);
	});

	it('never unpacks more than an entry declares, even when the declaration lies', () => {
		const lying = zeros.slice();
		// Declared uncompressed size in the central directory: 1,000 bytes instead of 200,000.
		const view = new DataView(lying.buffer);
		for (let i = lying.length - 22; i > 0; i--) {
			if (view.getUint32(i, true) !== 0x02014b50) continue;
			view.setUint32(i + 24, 1_000, true);
			break;
		}
		const parts = boundedUnzip(lying, () => true, 2_000);
		expect(parts['word/document.xml']?.length).toBe(1_000);
	});

	it('skips the entries not wanted without unpacking them', () => {
		const parts = boundedUnzip(zeros, (name) => !name.startsWith('word/'), 10);
		expect(parts).toEqual({});
	});
});
