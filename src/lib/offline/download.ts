/** Downloading lazy parts into the cache the service worker serves them from. Browser only. */
import { LAZY_CACHE, LAZY_PARTS_URL, type LazyPart, type LazyPartsFile } from './registry.ts';

export interface PartState {
	part: LazyPart;
	/** Its files not in the cache yet, and their gzipped bytes. */
	missing: LazyPart['files'];
	missingBytes: number;
}

/** False where the browser keeps no caches for the page (no service worker support, some private modes). */
export function canKeepParts(): boolean {
	return typeof caches !== 'undefined' && 'serviceWorker' in navigator;
}

/** The parts of this version of the app, and what of each is not on the device yet. */
export async function partStates(): Promise<PartState[]> {
	const response = await fetch(LAZY_PARTS_URL);
	if (!response.ok) throw new Error(`${LAZY_PARTS_URL}: ${response.status}`);
	const { parts } = (await response.json()) as LazyPartsFile;
	const cache = await caches.open(LAZY_CACHE);
	return Promise.all(
		parts.map(async (part) => {
			const cached = await Promise.all(part.files.map((file) => cache.match(file.url, { ignoreVary: true })));
			const missing = part.files.filter((_, i) => !cached[i]);
			return { part, missing, missingBytes: missing.reduce((sum, file) => sum + file.bytes, 0) };
		})
	);
}

/**
 * Downloads what the parts lack, one file at a time (a background download must not crowd the page's own
 * requests). `onProgress` gets the gzipped bytes done and to do. A lost connection rejects; what was
 * downloaded is kept.
 */
export async function downloadParts(
	states: readonly PartState[],
	onProgress?: (done: number, total: number) => void
): Promise<void> {
	const files = states.flatMap((state) => state.missing);
	const total = files.reduce((sum, file) => sum + file.bytes, 0);
	const cache = await caches.open(LAZY_CACHE);
	let done = 0;
	onProgress?.(done, total);
	for (const file of files) {
		await cache.add(file.url);
		done += file.bytes;
		onProgress?.(done, total);
	}
}
