import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';
import { LAZY_PARTS_URL, type LazyPart } from '../src/lib/offline/registry.ts';

/**
 * A part of the app that is not precached but that someone may want offline. Optional parts (formats only some
 * people import) are not downloaded when the app is idle; Settings offers them with their size. Everything else
 * that is not precached is the part `app`, downloaded when the app is idle after the first visit.
 */
export interface OptionalPart {
	/** Names the part in Settings (`t.offline.parts[id]`). */
	id: string;
	/** Source modules (as the client manifest names them) whose dynamic import starts the part. */
	sources: RegExp[];
	/** Built files of the part that no manifest entry names, such as a worker's own chunks (`_app/immutable/…`). */
	files?: RegExp;
}

/** The registry: add a part here, and its name to `t.offline.parts`. */
export const OPTIONAL_PARTS: OptionalPart[] = [];

export const LAZY_PARTS_FILE = LAZY_PARTS_URL.slice(1);

/** Extensions Workbox precaches (see pwa-options.ts); other files, such as the SQLite .wasm, are always lazy. */
const PRECACHED = /\.(js|css|ico|png|svg|webmanifest)$/;

/**
 * The parts, from the client build: every file under `_app/immutable/` that is not precached (a worker, a wasm, or
 * in `lazy`, the chunks only lazy modules reach) belongs to exactly one part.
 */
export function lazyParts(
	clientDir: string,
	manifest: Manifest,
	lazy: ReadonlySet<string>,
	optional: readonly OptionalPart[] = OPTIONAL_PARTS
): LazyPart[] {
	const immutable = join(clientDir, '_app/immutable');
	const files = readdirSync(immutable, { recursive: true, encoding: 'utf8' })
		.map((file) => posix.join('_app/immutable', file.split('\\').join('/')))
		.filter((file) => statSync(join(clientDir, file)).isFile())
		.filter((file) => lazy.has(file) || file.includes('/workers/') || !PRECACHED.test(file))
		.sort();
	const startsOptional = (key: string) => optional.some((part) => part.sources.some((re) => re.test(key)));
	// A chunk the rest of the app also reaches (a converter both a format and New deck use) is not optional.
	const shared = reachable(
		Object.entries(manifest)
			.filter(([key, chunk]) => (chunk.isEntry || chunk.isDynamicEntry) && !startsOptional(key))
			.map(([key]) => key),
		manifest
	);
	const owner = new Map<string, string>();
	for (const part of optional) {
		const roots = Object.keys(manifest).filter((key) => part.sources.some((re) => re.test(key)));
		for (const file of reachable(roots, manifest)) if (!shared.has(file)) owner.set(file, part.id);
		for (const file of files) if (part.files?.test(file)) owner.set(file, part.id);
	}
	const ids = ['app', ...optional.map((part) => part.id)];
	return ids.map((id) => {
		const own = files
			.filter((file) => (owner.get(file) ?? 'app') === id)
			.map((file) => ({ url: `/${file}`, bytes: gzipSync(readFileSync(join(clientDir, file))).length }));
		return { id, optional: id !== 'app', bytes: own.reduce((sum, file) => sum + file.bytes, 0), files: own };
	});
}

/** Files a part's roots lead to: static and dynamic imports, CSS and assets (workers, wasm). */
function reachable(roots: string[], manifest: Manifest): Set<string> {
	const files = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || seen.has(key)) return;
		seen.add(key);
		for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
		for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
	};
	roots.forEach(visit);
	return files;
}
