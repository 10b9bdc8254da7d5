// What a phone downloads: the whole precache, gzipped (first-load JavaScript is measured in Chromium: first-load.ts).
// Reads the production build in build/ (run `npm run build` first). Run alone: `npx tsx bench/size.ts`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUILD_PATH } from '../scripts/builds.js';
import { versus } from './target.ts';

/** build/, or build-test/ when FACTDECK_BUILD=test (scripts/builds.js). */
export const BUILD_DIR = BUILD_PATH;
/** The build test's bound on what the home page imports statically (bench/first-load.ts measures the real figure). */
export const FIRST_LOAD_BUDGET = 60 * 1024;
export const PRECACHE_BUDGET = 250 * 1024;

export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

export class BuildOutputError extends Error {
	override name = 'BuildOutputError';
}

/** The precache manifest Workbox's injectManifest inlined into the service worker. */
export function readPrecacheManifest(buildDir = BUILD_DIR): PrecacheEntry[] {
	const path = join(buildDir, 'service-worker.js');
	if (!existsSync(path)) throw new BuildOutputError(`${path} is missing: run \`npm run build\` first`);
	const match = /\[\{"(?:revision|url)":.*?\}\]/s.exec(readFileSync(path, 'utf8'));
	if (!match) throw new BuildOutputError(`No precache manifest found in ${path}`);
	return JSON.parse(match[0]) as PrecacheEntry[];
}

/** The file in buildDir a precache URL stands for: "/" is index.html, "settings" is settings.html. */
export function precachedFile(url: string, buildDir = BUILD_DIR): string {
	const path = url.replace(/^\//, '').replace(/\/$/, '');
	const candidates = path === '' ? ['index.html'] : [path, `${path}.html`, `${path}/index.html`];
	const found = candidates.map((c) => join(buildDir, c)).find((c) => existsSync(c));
	if (!found) throw new BuildOutputError(`Precached ${url} has no file in ${buildDir}`);
	return found;
}

export function gzipSize(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Gzipped bytes of everything the service worker downloads on install. */
export function precacheSize(buildDir = BUILD_DIR): number {
	return readPrecacheManifest(buildDir).reduce((sum, e) => sum + gzipSize(precachedFile(e.url, buildDir)), 0);
}

/** JS files a module imports statically (not `import()`), transitively, including itself. */
export function staticImportClosure(files: string[]): Set<string> {
	const seen = new Set<string>();
	const pending = [...files];
	for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
			if (specifier?.startsWith('.')) pending.push(join(dirname(file), specifier));
		}
	}
	return seen;
}

/** Built JS files under `_app/` whose code matches `pattern`. */
export function chunksContaining(pattern: RegExp, buildDir = BUILD_DIR): string[] {
	return listFiles(join(buildDir, '_app')).filter(
		(f) => f.endsWith('.js') && pattern.test(readFileSync(f, 'utf8'))
	);
}

/**
 * The JS a first visit to the home page runs: what index.html preloads and imports (Kit's entry, app and the
 * home route's nodes), their static imports, and the chunk that registers the service worker.
 */
export function firstLoadJs(buildDir = BUILD_DIR): string[] {
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const referenced = [
		...html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]*rel="modulepreload"/g),
		...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
		...html.matchAll(/import\(\s*"([^"]+\.js)"\s*\)/g)
	].map(([, href]) => join(buildDir, href ?? ''));
	const registration = chunksContaining(/serviceWorker\.register\(/, buildDir);
	return [...staticImportClosure([...referenced, ...registration])].sort();
}

/** Every file under dir, as full paths. */
export function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchSize(): Promise<void> {
	const precache = readPrecacheManifest();
	const precacheBytes = precacheSize();
	console.log(
		`Precache (gzip): ${kb(precacheBytes)} in ${precache.length} files ${versus(precacheBytes, PRECACHE_BUDGET, kb)}`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchSize();
