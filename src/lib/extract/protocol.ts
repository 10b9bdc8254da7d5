/** Messages between the page and an extraction worker (web pages, Word files). */
import type { ArticleProblem } from '../import/index.ts';

export interface ExtractRequest {
	html?: string;
	bytes?: Uint8Array;
}

export interface Extracted {
	text: string;
	/** The site's name, when a web page gives it. */
	site?: string;
}

export type ExtractReply =
	({ type: 'done' } & Extracted) | { type: 'error'; problem?: ArticleProblem; message: string };
