import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, Plugin } from 'vite';
import { LAZY_PARTS_FILE, lazyParts } from './lazy-parts.ts';

/**
 * Keeps heavy parts that only some people need out of the precache. Chunk names are bare hashes, so the chunks are
 * found in the client build's manifest instead: whatever is reachable only from a dynamic import of a lazy module
 * (`isLazy`, given the source path) is added to `globIgnores`, the array @vite-pwa/sveltekit hands to Workbox.
 * Kit builds the client inside the server build, so this runs when the server build closes, just before the
 * service worker is built. The service worker caches those chunks the first time they load.
 *
 * It also writes the registry of lazy parts (lazy-parts.json, precached): the app downloads them when it is idle,
 * and Settings shows their sizes.
 */
export function lazyChunksPlugin(globIgnores: string[], isLazy: (source: string) => boolean): Plugin {
	let ssr = false;
	let root = '';
	return {
		name: 'factdeck:lazy-chunks',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
			root = config.root;
		},
		closeBundle: {
			order: 'pre',
			sequential: true,
			handler() {
				if (!ssr) return;
				const client = join(root, '.svelte-kit/output/client');
				const path = join(client, '.vite/manifest.json');
				// A build that failed earlier has no manifest: let its own error be the one reported.
				if (!existsSync(path)) return;
				const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
				const lazy = lazyFiles(manifest, isLazy);
				globIgnores.push(...lazy.map((f) => `client/${f}`));
				const parts = lazyParts(client, manifest, new Set(lazy));
				writeFileSync(join(client, LAZY_PARTS_FILE), JSON.stringify({ parts }));
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
	const heavy = reachable(
		roots.filter(([key]) => lazy(key)).map(([key]) => key),
		manifest
	);
	return [...heavy].filter((file) => !shell.has(file));
}

/** Files statically imported from the roots, the roots and their CSS included. */
function reachable(keys: string[], manifest: Manifest): Set<string> {
	const seen = new Set<string>();
	const visited = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || visited.has(key)) return;
		visited.add(key);
		seen.add(chunk.file);
		for (const css of chunk.css ?? []) seen.add(css);
		for (const next of chunk.imports ?? []) visit(next);
	};
	keys.forEach(visit);
	return seen;
}
