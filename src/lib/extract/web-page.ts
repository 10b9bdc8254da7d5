/**
 * A saved web page, or HTML pasted from one, reduced to its article by Readability (Firefox's Reader View) on
 * linkedom, a DOM without a browser: the same in a Web Worker, the page and Node. Nothing is rendered or run:
 * linkedom only parses, and the result is plain text.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from '../generate/html.ts';

export interface WebArticle {
	text: string;
	/** The site's name, when the page gives it. */
	site?: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article of a page: its title, then its paragraphs and headings; page chrome, comments and scripts left out. */
export function webPageToText(html: string): WebArticle {
	const { document } = parseHTML(html);
	// Readability's findings for a selection of a few paragraphs are no better than the selection itself.
	const article = isProbablyReaderable(document as unknown as Document, { minContentLength: 100 })
		? new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
		: null;
	if (!article?.content) return { text: htmlToText(html) };
	// Readability turns headings in the article into <h2>, so the <title> given here becomes the first line.
	const text = htmlToText(`<title>${escape(article.title ?? '')}</title>${article.content}`);
	return article.siteName ? { text, site: article.siteName } : { text };
}
