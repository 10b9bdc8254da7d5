import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest, Plugin } from 'vite';
import { KIT_OUT_PATH } from './builds.js';
import { lazyFiles, reachable } from './lazy-chunks-plugin.ts';
import { LAZY_MODULES } from './pwa-options.ts';

/**
 * Parts of the app loaded on first use and never precached, found by their dynamic entries (source paths) or their
 * worker's name. `idle: true` parts may be fetched ahead while the app is idle; the file format readers
 * (`idle: false`) are large and only some people need them, so they are only offered, with their size, under
 * "Make every feature available offline".
 */
export const LAZY_PARTS: { id: string; idle: boolean; entries?: string[]; worker?: string }[] = [
	{ id: 'generator', worker: 'worker', idle: true },
	{ id: 'markdown', entries: ['src/lib/generate/markdown.ts'], idle: true },
	{ id: 'charts', entries: ['src/lib/components/stats/BarChart.svelte'], idle: true },
	{ id: 'qr-code', entries: ['src/lib/qr/render.ts'], idle: true },
	{ id: 'qr-scan', entries: ['src/lib/qr/scan.ts', 'node_modules/jsqr/dist/jsQR.js'], idle: true },
	{
		id: 'exchange',
		entries: ['src/lib/exchange/exchange.service.ts', 'node_modules/sql.js/dist/sql-wasm.js'],
		idle: true
	},
	{ id: 'pdf', entries: ['src/lib/extract/pdf-browser.ts'], idle: false },
	{ id: 'docx', worker: 'docx.worker', idle: false },
	{ id: 'web-page', worker: 'web-page.worker', idle: false }
];

export const PARTS_FILE = 'lazy-parts.json';

export interface BuiltPart {
	id: string;
	idle: boolean;
	/** Absolute URLs of the files the part loads. */
	files: string[];
	/** Their gzipped size in bytes, what a download costs. */
	bytes: number;
}

/** Files a worker bundle loads: its entry and the chunks it imports statically. */
function workerFiles(clientDir: string, name: string): string[] {
	const dir = join(clientDir, '_app/immutable/workers');
	const entry = existsSync(dir)
		? readdirSync(dir).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'))
		: undefined;
	if (!entry) throw new Error(`lazy parts: no worker named ${name} in ${dir}`);
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const code = readFileSync(join(clientDir, file), 'utf8');
		for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/(chunks\/[\w-]+\.js)["']/g))
			visit(`_app/immutable/workers/${path}`);
		for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\.\/([\w-]+\.js)["']/g))
			visit(`_app/immutable/workers/${path}`);
	};
	visit(`_app/immutable/workers/${entry}`);
	return [...seen];
}

/** The optional parts of a client build, with their files and gzipped sizes. */
export function builtParts(clientDir: string, manifest: Manifest): BuiltPart[] {
	const shell = reachable(
		Object.entries(manifest)
			.filter(([, chunk]) => chunk.isEntry)
			.map(([key]) => key),
		manifest,
		true
	);
	// A chunk the precache holds (shared with a page that is not lazy) is no part's download.
	const notPrecached = new Set(lazyFiles(manifest, (source) => LAZY_MODULES.some((re) => re.test(source))));
	return LAZY_PARTS.map((part) => {
		const files = part.worker
			? workerFiles(clientDir, part.worker)
			: [...reachable(part.entries ?? [], manifest, true)].filter(
					(file) => !shell.has(file) && notPrecached.has(file)
				);
		if (!files.length) throw new Error(`lazy parts: nothing built for ${part.id}`);
		const bytes = files.reduce(
			(sum, file) => sum + gzipSync(readFileSync(join(clientDir, file)), { level: 9 }).length,
			0
		);
		return { id: part.id, idle: part.idle, files: files.map((file) => `/${file}`), bytes };
	});
}

/**
 * Writes lazy-parts.json beside the client build when the server build closes (the client is built inside it),
 * before the adapter copies the output and the service worker is built: Settings reads it to offer the parts.
 */
export function lazyPartsPlugin(): Plugin {
	let ssr = false;
	return {
		name: 'factdeck:lazy-parts',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		closeBundle: {
			order: 'pre',
			sequential: true,
			handler() {
				if (!ssr) return;
				const clientDir = join(KIT_OUT_PATH, 'output/client');
				const manifest = JSON.parse(readFileSync(join(clientDir, '.vite/manifest.json'), 'utf8')) as Manifest;
				writeFileSync(
					join(clientDir, PARTS_FILE),
					JSON.stringify({ parts: builtParts(clientDir, manifest) })
				);
			}
		}
	};
}
