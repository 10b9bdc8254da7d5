/** Checks what a person gives as an article — pasted text or a file — before any work is done on it. */

/** The most text an article may have, pasted or extracted from a file. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** The largest PDF or Word file read: a handout with pictures is often several megabytes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type TextFormat = 'text' | 'markdown' | 'html';
export type DocumentFormat = 'pdf' | 'docx';
export type ArticleFormat = TextFormat | DocumentFormat;

/** An article as given: text to convert, or a document's bytes to extract text from. `name` is a file's name. */
export type ArticleSource =
	| { format: TextFormat; text: string; name?: string }
	| { format: DocumentFormat; bytes: Uint8Array; name: string };

export type ArticleProblem =
	| 'empty'
	| 'url'
	| 'too-large'
	| 'too-large-file'
	| 'binary'
	| 'unsupported'
	| 'not-pdf'
	| 'not-docx'
	| 'old-word'
	| 'corrupt-pdf'
	| 'corrupt-docx'
	| 'encrypted-pdf'
	| 'scanned-pdf'
	| 'unpacked-too-large'
	| 'offline-format';

export class ArticleInputError extends Error {
	constructor(
		readonly problem: ArticleProblem,
		detail?: string
	) {
		super(`Unusable article: ${problem}${detail ? ` (${detail})` : ''}`);
		this.name = 'ArticleInputError';
	}
}

const FORMATS: Record<string, ArticleFormat> = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html',
	pdf: 'pdf',
	docx: 'docx'
};

export const ACCEPTED_FILES =
	'.txt,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,' +
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function formatOf(fileName: string): ArticleFormat | undefined {
	const extension = fileName.toLowerCase().split('.').pop() ?? '';
	return FORMATS[extension];
}

/** Throws an ArticleInputError when pasted text cannot be an article. */
export function checkText(text: string): string {
	const trimmed = text.trim();
	if (!trimmed) throw new ArticleInputError('empty');
	if (new TextEncoder().encode(trimmed).length > MAX_ARTICLE_BYTES) throw new ArticleInputError('too-large');
	// The app cannot fetch pages: a link alone gets told to paste the article's text instead.
	if (onlyLinks(trimmed)) throw new ArticleInputError('url');
	return trimmed;
}

const LINK = /(?:https?:\/\/|www\.)\S+/gi;

/** Links, alone or with a few words but no sentence (a page's title as a share sheet sends it): no article. */
function onlyLinks(text: string): boolean {
	const rest = text.replace(LINK, ' ').trim();
	return rest !== text && !/[.!?]/.test(rest) && rest.split(/\s+/).filter(Boolean).length <= 15;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: a .doc, or a Word file encrypted with a password. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A document is what its name says: PDFs start with "%PDF-" (near the start), Word files are zip packages. */
function checkDocument(format: DocumentFormat, bytes: Uint8Array): void {
	if (format === 'pdf') {
		const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
		if (!head.includes('%PDF-')) throw new ArticleInputError('not-pdf');
	} else if (startsWith(bytes, CFB)) throw new ArticleInputError('old-word');
	else if (!startsWith(bytes, ZIP)) throw new ArticleInputError('not-docx');
}

/** Reads an article file: text formats as UTF-8 text, PDF and Word files as checked bytes; refuses the rest. */
export async function readArticleFile(file: Blob & { name: string }): Promise<ArticleSource> {
	const format = formatOf(file.name);
	if (!format) throw new ArticleInputError('unsupported');
	if (format === 'pdf' || format === 'docx') {
		if (file.size === 0) throw new ArticleInputError('empty');
		if (file.size > MAX_DOCUMENT_BYTES) throw new ArticleInputError('too-large-file');
		const bytes = new Uint8Array(await file.arrayBuffer());
		checkDocument(format, bytes);
		return { format, bytes, name: file.name };
	}
	if (file.size > MAX_ARTICLE_BYTES) throw new ArticleInputError('too-large');
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (looksBinary(bytes)) throw new ArticleInputError('binary');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ArticleInputError('binary');
	}
	return { format, text: checkText(text), name: file.name };
}

/** A NUL byte, or many control characters, in the first 8 KB: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 8192);
	let control = 0;
	for (const byte of head) {
		if (byte === 0) return true;
		if (byte < 9 || (byte > 13 && byte < 32)) control++;
	}
	return head.length > 0 && control / head.length > 0.05;
}
