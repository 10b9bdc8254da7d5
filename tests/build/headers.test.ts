// Checks the `_headers` file written after the build (scripts/headers-plugin.ts) against the pages it serves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILD_PATH } from '../../scripts/builds.js';
import { headersFor, parseHeaders } from '../../scripts/headers-plugin.ts';

const rules = parseHeaders(readFileSync(join(BUILD_PATH, '_headers'), 'utf8'));
const pages = readdirSync(BUILD_PATH).filter((file) => file.endsWith('.html'));
const metaPolicy = (file: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]*)"/
		.exec(readFileSync(join(BUILD_PATH, file), 'utf8'))?.[1]
		?.replace(/&#39;/g, "'");

describe('_headers', () => {
	test('each page is served with its own <meta> policy, and every response may not be framed', () => {
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const address = file === 'index.html' ? '/' : `/${file.slice(0, -'.html'.length)}`;
			const policy = metaPolicy(file);
			expect(policy, file).toMatch(/script-src 'self' 'sha256-/);
			for (const path of [address, `/${file}`])
				expect(headersFor(rules, path), path).toEqual({
					'Content-Security-Policy': `frame-ancestors 'none', ${policy}`,
					'X-Frame-Options': 'DENY',
					'X-Content-Type-Options': 'nosniff',
					'Referrer-Policy': 'no-referrer'
				});
		}
	});

	test('no script-src allows inline scripts, eval, data: or blob:; only workers may compile WebAssembly', () => {
		for (const [path, headers] of rules) {
			const scripts = /script-src ([^;,]*)/.exec(headers['Content-Security-Policy'] ?? '')?.[1] ?? '';
			for (const loose of ["'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:'])
				expect(scripts, path).not.toContain(loose);
			if (!path.startsWith('/_app/immutable/workers/')) expect(scripts, path).not.toContain('wasm');
		}
		const workers = readdirSync(join(BUILD_PATH, '_app/immutable/workers'));
		expect(workers.length).toBeGreaterThan(0);
		for (const worker of workers)
			expect(headersFor(rules, `/_app/immutable/workers/${worker}`)['Content-Security-Policy']).toContain(
				"script-src 'self' 'wasm-unsafe-eval'"
			);
	});
});
