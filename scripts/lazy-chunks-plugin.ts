import type { OutputChunk, Plugin } from 'vite';

/**
 * Keeps heavy parts that only some people need out of the precache. Chunk names are bare hashes, so the chunks are
 * found in the bundle graph instead: whatever is reachable only from a dynamic import of a lazy module (`isLazy`)
 * is added to `globIgnores` (the array @vite-pwa/sveltekit hands to Workbox after the client build). The service
 * worker caches those chunks the first time they load.
 */
export function lazyChunksPlugin(globIgnores: string[], isLazy: (moduleId: string) => boolean): Plugin {
	let ssr = false;
	return {
		name: 'factdeck:lazy-chunks',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		generateBundle(_options, bundle) {
			if (ssr) return;
			const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
			const lazy = (chunk: OutputChunk) => chunk.facadeModuleId !== null && isLazy(chunk.facadeModuleId);
			const shell = reachable(
				chunks.filter((c) => (c.isEntry || c.isDynamicEntry) && !lazy(c)),
				bundle
			);
			for (const file of reachable(
				chunks.filter((c) => c.isDynamicEntry && lazy(c)),
				bundle
			)) {
				if (!shell.has(file)) globIgnores.push(`client/${file}`);
			}
		}
	};
}

/** Files statically imported from the roots, the roots and their CSS included. */
function reachable(roots: OutputChunk[], bundle: Record<string, { type: string }>): Set<string> {
	const seen = new Set<string>();
	const visit = (chunk: OutputChunk) => {
		if (seen.has(chunk.fileName)) return;
		seen.add(chunk.fileName);
		for (const css of chunk.viteMetadata?.importedCss ?? []) seen.add(css);
		for (const file of chunk.imports) {
			const next = bundle[file];
			if (next?.type === 'chunk') visit(next as OutputChunk);
		}
	};
	roots.forEach(visit);
	return seen;
}
