/**
 * HTML to article text with htmlparser2 (no DOMParser in Node or a Web Worker). Nothing is executed or
 * rendered: scripts, styles, navigation, page chrome and figure captions are dropped, and captions in
 * particular must never become question sources.
 */
import { Parser } from 'htmlparser2';

const SKIPPED = new Set([
	'script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'figcaption',
	'svg', 'math', 'iframe', 'object', 'canvas', 'form', 'button', 'select', 'textarea'
]); // prettier-ignore
const BLOCKS = new Set([
	'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'div', 'section', 'article',
	'main', 'blockquote', 'pre', 'table', 'tr', 'figure', 'hr', 'address', 'details', 'summary', 'body'
]); // prettier-ignore
const CELLS = new Set(['td', 'th']);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The readable text of an HTML page: the first `<h1>` (or else the `<title>`) as the first line, then one
 * paragraph per block element separated by blank lines, `<br>` as a line break, entities decoded.
 */
export function htmlToText(html: string): string {
	const blocks: string[] = [];
	let buffer = '';
	let title = '';
	let heading: string | undefined;
	let inTitle = false;
	let inFirstH1 = false;
	// Skipped elements around the first <h1> (a page <header>) do not hide it; those inside it do.
	let h1Depth = 0;
	let skipDepth = 0;
	const hidden: boolean[] = [];

	const flush = () => {
		const lines = buffer.split('\n').map(collapse).filter(Boolean);
		if (lines.length) blocks.push(lines.join('\n'));
		buffer = '';
	};

	const parser = new Parser(
		{
			onopentag(name, attribs) {
				const skip = SKIPPED.has(name) || 'hidden' in attribs || attribs['aria-hidden'] === 'true';
				hidden.push(skip);
				if (skip) skipDepth++;
				if (name === 'title' && skipDepth === 0) inTitle = true;
				else if (name === 'h1' && heading === undefined) {
					heading = '';
					inFirstH1 = true;
					h1Depth = skipDepth;
				} else if (name === 'br') buffer += '\n';
				else if (CELLS.has(name)) buffer += ' ';
				if (BLOCKS.has(name)) flush();
			},
			ontext(raw) {
				// Source line breaks are spaces in HTML; only <br> breaks a line.
				const text = raw.replace(/\s+/g, ' ');
				if (inTitle) title += text;
				else if (inFirstH1) heading += skipDepth === h1Depth ? text : '';
				else if (skipDepth === 0) buffer += text;
			},
			onclosetag(name) {
				if (hidden.pop()) skipDepth--;
				if (name === 'title') inTitle = false;
				else if (name === 'h1') inFirstH1 = false;
				if (BLOCKS.has(name)) flush();
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	flush();

	const first = collapse(heading ?? '') || collapse(title);
	return (first ? [first, ...blocks] : blocks).join('\n\n');
}
