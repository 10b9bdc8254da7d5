/**
 * The app's security policy, in one place: the Content-Security-Policy every page carries (SvelteKit writes it into
 * each prerendered page as a <meta> tag, with the hash of that page's inline bootstrap script), and the response
 * headers scripts/headers-plugin.ts writes into `_headers` after each build.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * SvelteKit's route announcer (in the root component Kit generates) carries the app's one style attribute, added
 * after hydration. Its hash, from Kit's own source, lets exactly that attribute through ('unsafe-hashes' applies to
 * attributes only); if Kit changes it, the build stops here rather than ship a policy that blocks it.
 */
function announcerStyle() {
	const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const source = readFileSync(join(kit, 'src/core/sync/write_root.js'), 'utf8');
	const style = /id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(source)?.[1];
	if (!style) throw new Error('SvelteKit’s route announcer changed: see scripts/security-headers.js');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/**
 * No 'unsafe-inline' or 'unsafe-eval' anywhere, no data: or blob: for scripts; styles come from files (and the page's
 * inlined styles, by hash). Pages never compile WebAssembly: sql.js runs in the exchange worker.
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-hashes', announcerStyle()],
	'img-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'frame-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['self']
};

/**
 * A page's policy cannot say who may frame it (a <meta> policy ignores frame-ancestors), so the header does; every
 * response gets these.
 */
export const COMMON_HEADERS = {
	'Content-Security-Policy': "frame-ancestors 'none'",
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer'
};

/**
 * A dedicated worker takes its policy from its own response, not from the page. Only workers may compile
 * WebAssembly (sql.js reads and writes .apkg files in the exchange worker), so pages never need 'wasm-unsafe-eval'.
 */
export const WORKER_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/** Where Vite puts worker scripts in the build. */
export const WORKERS_PATH = '/_app/immutable/workers/';
