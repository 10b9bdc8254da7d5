import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pdfToText, type PdfJs } from '$lib/extract/pdf';
import { generateDeck } from '$lib/generate';
import { ArticleInputError } from '$lib/import';
import { fixtureBytes, fixtureText } from './fixtures.ts';

const legacy = pdfjs as unknown as PdfJs;

async function problemOf(name: string): Promise<string> {
	try {
		await pdfToText(fixtureBytes(name), legacy);
		return 'none';
	} catch (error) {
		return error instanceof ArticleInputError ? error.problem : String(error);
	}
}

describe('pdfToText on a two-column handout made with LibreOffice', () => {
	it('reads the columns in order without the running header, footers and page numbers, hyphens joined', async () => {
		const text = await pdfToText(fixtureBytes('transit-of-venus.pdf'), legacy);
		expect(text + '\n').toBe(fixtureText('transit-of-venus.txt'));
		expect(text).not.toMatch(/Astronomy handout|Page \d of \d/);
		expect(text).toContain('the first great international scientific project');
	});

	it('makes the same cards as pasting the article’s plain text', async () => {
		const extracted = generateDeck(await pdfToText(fixtureBytes('transit-of-venus.pdf'), legacy), {
			deckId: 'deck-1'
		});
		const pasted = generateDeck(fixtureText('transit-of-venus.txt'), { deckId: 'deck-1' });
		expect(extracted.cards.length).toBeGreaterThan(10);
		expect(extracted).toEqual(pasted);
	});

	it('reports progress page by page and leaves the caller’s bytes intact', async () => {
		const bytes = fixtureBytes('transit-of-venus.pdf');
		const seen: number[] = [];
		await pdfToText(bytes, legacy, (fraction) => seen.push(fraction));
		expect(seen.map((f) => f.toFixed(2))).toEqual(['0.33', '0.67', '1.00']);
		expect(bytes.byteLength).toBe(fixtureBytes('transit-of-venus.pdf').byteLength);
	});
});

describe('pdfToText refuses', () => {
	it('a scan with no text layer', async () => {
		expect(await problemOf('scanned.pdf')).toBe('scanned-pdf');
	});

	it('a password-protected file', async () => {
		expect(await problemOf('encrypted.pdf')).toBe('encrypted-pdf');
	});

	it('a file cut short', async () => {
		expect(await problemOf('corrupt.pdf')).toBe('corrupt-pdf');
	});
});
