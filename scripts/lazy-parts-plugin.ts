import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest, Plugin } from 'vite';
import { reachable } from './lazy-chunks-plugin.ts';

/**
 * Optional parts of the app, loaded on first use and never precached. `idle: false`: not fetched ahead while the
 * app is idle (they are large and only some people need them), but offered under "Make every feature available
 * offline" with their size. A part is found by its dynamic entry (source path) or its worker's name.
 */
export const OPTIONAL_PARTS = [
	{ id: 'pdf', entry: 'src/lib/extract/pdf-browser.ts', idle: false },
	{ id: 'docx', worker: 'docx.worker', idle: false },
	{ id: 'web-page', worker: 'web-page.worker', idle: false }
] as const;

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
	return OPTIONAL_PARTS.map((part) => {
		const files =
			'entry' in part
				? [...reachable([part.entry], manifest, true)].filter((file) => !shell.has(file))
				: workerFiles(clientDir, part.worker);
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
	let root = '';
	return {
		name: 'factdeck:lazy-parts',
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
				const clientDir = join(root, '.svelte-kit/output/client');
				const manifest = JSON.parse(readFileSync(join(clientDir, '.vite/manifest.json'), 'utf8')) as Manifest;
				writeFileSync(
					join(clientDir, PARTS_FILE),
					JSON.stringify({ parts: builtParts(clientDir, manifest) })
				);
			}
		}
	};
}
