/**
 * Word (.docx) to article text with mammoth: paragraphs, headings, lists and tables; pictures, comments, headers,
 * footers and notes are left out. Macros are never read (a .docx cannot hold them; a .docm is refused by name).
 */
import mammoth from 'mammoth';
import { zipSync } from 'fflate';
import { htmlToText } from '../generate/html.ts';
import { ArticleInputError } from '../import/index.ts';
import { boundedUnzip } from './zip.ts';

/** Word's title style is the article's title; mammoth maps headings 1–6 itself. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Parts mammoth reads for text: the document, its styles, numbering and relationships. Media are skipped. */
const isTextPart = (name: string) => !/^word\/(?:media|embeddings)\//.test(name) && !name.endsWith('.bin');

/** Paragraphs inside a table cell are one line of its row, not paragraphs of the article. */
const cellsOnOneLine = (html: string) =>
	html.replace(/<(t[dh])\b([^>]*)>([\s\S]*?)<\/\1>/g, (_, tag: string, attributes: string, inner: string) => {
		return `<${tag}${attributes}>${inner.replace(/<\/?p>/g, ' ')}</${tag}>`;
	});

export async function docxToText(bytes: Uint8Array): Promise<string> {
	const parts = boundedUnzip(bytes, isTextPart);
	if (!parts['word/document.xml']) throw new ArticleInputError('corrupt-docx', 'no word/document.xml');
	// mammoth gets a package holding only the checked parts, stored uncompressed: it cannot unpack more.
	const checked = zipSync(parts, { level: 0 });
	let html: string;
	try {
		const input = { buffer: checked, arrayBuffer: checked } as unknown as { arrayBuffer: ArrayBuffer };
		const result = await mammoth.convertToHtml(input, {
			styleMap: STYLE_MAP,
			externalFileAccess: false,
			// Pictures become nothing: their bytes are never decoded.
			convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' }))
		});
		html = result.value;
	} catch (error) {
		throw new ArticleInputError('corrupt-docx', String(error));
	}
	// Footnotes and endnotes come last as a list of notes with back links; a reader of the article skips them.
	const body = html.replace(/<ol><li id="(?:footnote|endnote)-[\s\S]*$/, '');
	return htmlToText(cellsOnOneLine(body));
}
