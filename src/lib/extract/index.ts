/**
 * Article text from whatever a person brings: pasted text, Markdown, a saved web page, a PDF or a Word file. Each
 * format's library loads on first use (never precached): web pages and Word files in a worker of their own, PDFs
 * with pdf.js and its worker. Browser only; Node reaches the same code through pdf.ts, docx.ts and web-page.ts.
 */
import { ArticleInputError, MAX_ARTICLE_BYTES, type ArticleSource } from '../import/index.ts';
import { normalizeText } from '../text/normalize.ts';
import { extractDocx, extractWebPage } from './client.ts';
import type { Extracted } from './protocol.ts';

export type { Extracted } from './protocol.ts';

/** A lazily loaded part that could not be fetched: the device is offline and the part is not cached. */
const isLoadFailure = (error: unknown) =>
	error instanceof Error &&
	/dynamically imported module|fake worker|importing a module script failed/i.test(error.message);

async function extract(source: ArticleSource, onProgress?: (fraction: number) => void): Promise<Extracted> {
	switch (source.format) {
		case 'text':
			return { text: source.text };
		case 'markdown':
			return { text: (await import('../generate/markdown.ts')).markdownToText(source.text) };
		case 'html':
			return extractWebPage(source.text);
		case 'docx':
			return extractDocx(source.bytes);
		case 'pdf':
			return { text: await (await import('./pdf-browser.ts')).readPdf(source.bytes, onProgress) };
	}
}

/**
 * The article's plain text (title line, blank lines between paragraphs), normalised, or an ArticleInputError saying
 * why not.
 */
export async function extractArticle(
	source: ArticleSource,
	onProgress?: (fraction: number) => void
): Promise<Extracted> {
	let extracted: Extracted;
	try {
		const { text, ...found } = await extract(source, onProgress);
		// Every format comes in here: cards never carry invisible or direction characters.
		extracted = { ...found, text: normalizeText(text) };
	} catch (error) {
		if (error instanceof ArticleInputError) throw error;
		if (isLoadFailure(error)) throw new ArticleInputError('offline-format', String(error));
		throw error;
	}
	if (!extracted.text.trim()) throw new ArticleInputError('empty');
	if (new TextEncoder().encode(extracted.text).length > MAX_ARTICLE_BYTES)
		throw new ArticleInputError('too-large');
	return extracted;
}

/** Rich text pasted from a web page, as article text: paragraphs and headings kept, page chrome dropped. */
export async function pastedHtmlToText(html: string): Promise<string> {
	return (await extractArticle({ format: 'html', text: html })).text;
}
