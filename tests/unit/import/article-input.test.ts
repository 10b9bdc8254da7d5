import { describe, expect, it } from 'vitest';
import { ArticleInputError, checkText, formatOf, MAX_ARTICLE_BYTES, readArticleFile } from '$lib/import';

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
		expect([formatOf('a.TXT'), formatOf('b.md'), formatOf('c.htm'), formatOf('d.pdf')]).toEqual([
			'text',
			'markdown',
			'html',
			undefined
		]);
	});

	it('reads UTF-8 text with accents', async () => {
		expect(await readArticleFile(file('goïta.txt', 'Assimi Goïta\n\nHe leads.'))).toEqual({
			text: 'Assimi Goïta\n\nHe leads.',
			format: 'text'
		});
	});

	it('refuses binary content, invalid UTF-8, other types, empty and huge files', async () => {
		expect(await problemOf(() => readArticleFile(file('x.txt', new Uint8Array([72, 0, 105]))))).toBe(
			'binary'
		);
		expect(await problemOf(() => readArticleFile(file('x.txt', new Uint8Array([0xc3, 0x28, 65]))))).toBe(
			'binary'
		);
		expect(await problemOf(() => readArticleFile(file('x.pdf', 'text')))).toBe('unsupported');
		expect(await problemOf(() => readArticleFile(file('x.md', '   ')))).toBe('empty');
		const huge = file('x.txt', 'a'.repeat(MAX_ARTICLE_BYTES + 1));
		expect(await problemOf(() => readArticleFile(huge))).toBe('too-large');
	});
});
