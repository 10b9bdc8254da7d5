/**
 * The registry of lazy parts, written at build time (scripts/lazy-parts.ts) as /lazy-parts.json and precached:
 * the parts of the app that are not precached, with their files and gzipped sizes. Shared by the service worker
 * and the page.
 */

/** The cache the service worker serves lazy parts from, and the page downloads them into. */
export const LAZY_CACHE = 'lazy-chunks';
export const LAZY_PARTS_URL = '/lazy-parts.json';

export interface LazyPart {
	/** `app` (everything downloaded when idle) or an optional part (`t.offline.parts[id]` names it). */
	id: string;
	/** Optional parts are only downloaded on request (Settings). */
	optional: boolean;
	/** Gzipped bytes of all its files. */
	bytes: number;
	files: { url: string; bytes: number }[];
}

export interface LazyPartsFile {
	parts: LazyPart[];
}
