/** Checks what a person gives as an article — pasted text or a file — before any work is done on it. */

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ArticleFormat = 'text' | 'markdown' | 'html';

export type ArticleProblem = 'empty' | 'url' | 'too-large' | 'binary' | 'unsupported';

export class ArticleInputError extends Error {
	constructor(readonly problem: ArticleProblem) {
		super(`Unusable article: ${problem}`);
		this.name = 'ArticleInputError';
	}
}

const FORMATS: Record<string, ArticleFormat> = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html'
};

export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

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

/** Reads a .txt, .md or .html file as UTF-8 text; refuses binary, oversized and other files. */
export async function readArticleFile(
	file: Blob & { name: string }
): Promise<{ text: string; format: ArticleFormat }> {
	const format = formatOf(file.name);
	if (!format) throw new ArticleInputError('unsupported');
	if (file.size > MAX_ARTICLE_BYTES) throw new ArticleInputError('too-large');
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (looksBinary(bytes)) throw new ArticleInputError('binary');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ArticleInputError('binary');
	}
	return { text: checkText(text), format };
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
