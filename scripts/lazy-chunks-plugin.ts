import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, Plugin } from 'vite';
import { KIT_OUT_PATH } from './builds.js';

/**
 * Keeps heavy parts that only some people need out of the precache. Chunk names are bare hashes, so the chunks are
 * found in the client build's manifest instead: whatever is reachable only from a dynamic import of a lazy module
 * (`isLazy`, given the source path) is added to `globIgnores`, the array @vite-pwa/sveltekit hands to Workbox.
 * Kit builds the client inside the server build, so this runs when the server build closes, just before the
 * service worker is built. The service worker caches those chunks the first time they load.
 */
export function lazyChunksPlugin(globIgnores: string[], isLazy: (source: string) => boolean): Plugin {
	let ssr = false;
	return {
		name: 'factdeck:lazy-chunks',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		closeBundle: {
			order: 'pre',
			sequential: true,
			handler() {
				if (!ssr) return;
				const path = join(KIT_OUT_PATH, 'output/client/.vite/manifest.json');
				globIgnores.push(
					...lazyFiles(JSON.parse(readFileSync(path, 'utf8')), isLazy).map((f) => `client/${f}`)
				);
			}
		}
	};
}

/** Files reachable from a lazy dynamic entry and not from any other entry. */
export function lazyFiles(manifest: Manifest, isLazy: (source: string) => boolean): string[] {
	const roots = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry || chunk.isDynamicEntry);
	const lazy = (key: string) => isLazy(key);
	const shell = reachable(
		roots.filter(([key]) => !lazy(key)).map(([key]) => key),
		manifest
	);
	// Assets count too: pdf.js's worker script is an asset of the PDF reader's chunk.
	const heavy = reachable(
		roots.filter(([key]) => lazy(key)).map(([key]) => key),
		manifest,
		true
	);
	return [...heavy].filter((file) => !shell.has(file));
}

/** Files statically imported from the roots, the roots and their CSS (and other assets, if asked) included. */
export function reachable(keys: string[], manifest: Manifest, withAssets = false): Set<string> {
	const seen = new Set<string>();
	const visited = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || visited.has(key)) return;
		visited.add(key);
		seen.add(chunk.file);
		for (const css of chunk.css ?? []) seen.add(css);
		if (withAssets) for (const asset of chunk.assets ?? []) seen.add(asset);
		for (const next of chunk.imports ?? []) visit(next);
	};
	keys.forEach(visit);
	return seen;
}
