/**
 * Optional parts of the app that load lazily (each file format's reader), as the build lists them in
 * /lazy-parts.json with their files and gzipped sizes. Settings offers them under "Make every feature available
 * offline"; storing a part is putting its files in the cache the service worker serves them from. Browser only.
 */
import * as v from 'valibot';
import { LAZY_CACHE } from './cache.ts';

const PARTS_URL = '/lazy-parts.json';

const partsSchema = v.object({
	parts: v.array(
		v.object({
			id: v.string(),
			idle: v.boolean(),
			files: v.array(v.pipe(v.string(), v.startsWith('/_app/immutable/'))),
			bytes: v.pipe(v.number(), v.integer(), v.minValue(0))
		})
	)
});

export type LazyPart = v.InferOutput<typeof partsSchema>['parts'][number];

/** The parts of this build; none when the list cannot be read (a development server builds none). */
export async function lazyParts(): Promise<LazyPart[]> {
	try {
		const response = await fetch(PARTS_URL);
		if (!response.ok) return [];
		const parsed = v.safeParse(partsSchema, await response.json());
		return parsed.success ? parsed.output.parts : [];
	} catch {
		return [];
	}
}

/** Whether every file of the part is in the cache, so it works offline. */
export async function isStored(part: LazyPart): Promise<boolean> {
	if (!('caches' in globalThis)) return false;
	const cache = await caches.open(LAZY_CACHE);
	const found = await Promise.all(part.files.map((file) => cache.match(file)));
	return found.every(Boolean);
}

/** Downloads the part's files into the cache; throws when offline or the server fails. */
export async function store(part: LazyPart): Promise<void> {
	const cache = await caches.open(LAZY_CACHE);
	await cache.addAll(part.files);
}
