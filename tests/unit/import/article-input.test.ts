import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	ArticleInputError,
	checkText,
	formatOf,
	MAX_ARTICLE_BYTES,
	MAX_DOCUMENT_BYTES,
	readArticleFile
} from '$lib/import';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url)));

function file(name: string, content: string | Uint8Array<ArrayBuffer>) {
	const blob = new Blob([content]);
	return Object.assign(blob, { name });
}

async function problemOf(action: () => unknown): Promise<string | undefined> {
	try {
		await action();
		return undefined;
	} catch (error) {
		return error instanceof ArticleInputError ? error.problem : 'unexpected';
	}
}

describe('checkText', () => {
	it('trims and accepts prose', () => {
		expect(checkText('  Headline\n\nA sentence.  ')).toBe('Headline\n\nA sentence.');
	});

	it('refuses empty and whitespace-only text', async () => {
		expect(await problemOf(() => checkText(''))).toBe('empty');
		expect(await problemOf(() => checkText(' \n\t '))).toBe('empty');
	});

	it('tells a pasted web address apart from text that mentions one', async () => {
		expect(await problemOf(() => checkText('https://example.com/news/article'))).toBe('url');
		expect(await problemOf(() => checkText('www.example.org'))).toBe('url');
		expect(await problemOf(() => checkText('Mali leaves ECOWAS\nhttps://example.com/news/mali'))).toBe('url');
		expect(await problemOf(() => checkText('https://a.example/1 https://b.example/2'))).toBe('url');
		expect(checkText('Read more at https://example.com today.')).toContain('Read more');
	});

	it('refuses text over 2 MB', async () => {
		expect(await problemOf(() => checkText('a'.repeat(MAX_ARTICLE_BYTES + 1)))).toBe('too-large');
	});
});

describe('readArticleFile', () => {
	it('knows the formats by extension', () => {
		expect(['a.TXT', 'b.md', 'c.htm', 'd.PDF', 'e.docx', 'f.doc', 'g.odt', 'h.pptx'].map(formatOf)).toEqual([
			'text',
			'markdown',
			'html',
			'pdf',
			'docx',
			undefined,
			undefined,
			undefined
		]);
	});

	it('reads UTF-8 text with accents', async () => {
		expect(await readArticleFile(file('goïta.txt', 'Assimi Goïta\n\nHe leads.'))).toEqual({
			text: 'Assimi Goïta\n\nHe leads.',
			format: 'text',
			name: 'goïta.txt'
		});
	});

	it('refuses binary content, invalid UTF-8, other types, empty and huge files', async () => {
		expect(await problemOf(() => readArticleFile(file('x.txt', new Uint8Array([72, 0, 105]))))).toBe(
			'binary'
		);
		expect(await problemOf(() => readArticleFile(file('x.txt', new Uint8Array([0xc3, 0x28, 65]))))).toBe(
			'binary'
		);
		expect(await problemOf(() => readArticleFile(file('x.rtf', 'text')))).toBe('unsupported');
		expect(await problemOf(() => readArticleFile(file('x.md', '   ')))).toBe('empty');
		const huge = file('x.txt', 'a'.repeat(MAX_ARTICLE_BYTES + 1));
		expect(await problemOf(() => readArticleFile(huge))).toBe('too-large');
	});
});

describe('readArticleFile with documents', () => {
	it('reads PDF and Word files as bytes, with their name', async () => {
		const pdf = await readArticleFile(file('handout.pdf', fixture('transit-of-venus.pdf')));
		expect(pdf.format).toBe('pdf');
		expect(pdf.name).toBe('handout.pdf');
		expect('bytes' in pdf && pdf.bytes.length).toBe(fixture('transit-of-venus.pdf').length);
		expect((await readArticleFile(file('notes.docx', fixture('hanseatic-league.docx')))).format).toBe('docx');
	});

	it('refuses a file that is not what its name says', async () => {
		expect(await problemOf(() => readArticleFile(file('x.pdf', 'Just text')))).toBe('not-pdf');
		expect(await problemOf(() => readArticleFile(file('x.docx', fixture('transit-of-venus.pdf'))))).toBe(
			'not-docx'
		);
		// A .doc renamed .docx, like a Word file encrypted with a password, is a Compound File.
		expect(await problemOf(() => readArticleFile(file('x.docx', fixture('old-word.docx'))))).toBe('old-word');
	});

	it('refuses .doc, .odt, .pptx and other formats by name', async () => {
		for (const name of ['article.doc', 'article.odt', 'slides.pptx', 'book.epub'])
			expect(await problemOf(() => readArticleFile(file(name, fixture('article.odt')))), name).toBe(
				'unsupported'
			);
	});

	it('refuses an empty document and one over the size limit before reading it', async () => {
		expect(await problemOf(() => readArticleFile(file('x.pdf', '')))).toBe('empty');
		const huge = Object.assign(new Blob([]), { name: 'big.pdf' });
		Object.defineProperty(huge, 'size', { value: MAX_DOCUMENT_BYTES + 1 });
		expect(await problemOf(() => readArticleFile(huge))).toBe('too-large-file');
	});
});
