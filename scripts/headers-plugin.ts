import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { COMMON_HEADERS, WORKER_CSP, WORKERS_PATH } from './security-headers.js';

/** `_headers` as common static hosts read it (Netlify, Cloudflare Pages): a path, then its indented headers. */
export type HeaderRule = [path: string, headers: Record<string, string>];

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const ENTITIES: Record<string, string> = {
	'&quot;': '"',
	'&#39;': "'",
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>'
};

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The addresses a static host serves a page file at: `deck.html` at /deck and /deck.html. */
function addressesOf(file: string): string[] {
	const path = `/${file.split('\\').join('/')}`;
	if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
	return [path.slice(0, -'.html'.length), path];
}

/**
 * The headers of a build: the common ones everywhere, each prerendered page's own policy (copied from its <meta> tag,
 * so the hash of its inline script matches), and the worker policy for worker scripts.
 */
export function headerRules(dir: string): HeaderRule[] {
	const rules: HeaderRule[] = [['/*', { ...COMMON_HEADERS }]];
	for (const file of htmlFiles(dir).sort()) {
		const meta = META_CSP.exec(readFileSync(file, 'utf8'))?.[1];
		if (!meta) throw new Error(`${file} has no Content-Security-Policy <meta> tag`);
		const policy = meta.replace(/&(?:quot|#39|amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
		for (const address of addressesOf(relative(dir, file)))
			rules.push([address, { 'Content-Security-Policy': policy }]);
	}
	rules.push([`${WORKERS_PATH}*`, { 'Content-Security-Policy': WORKER_CSP }]);
	return rules;
}

export function formatHeaders(rules: HeaderRule[]): string {
	const blocks = rules.map(
		([path, headers]) =>
			`${path}\n${Object.entries(headers)
				.map(([name, value]) => `  ${name}: ${value}`)
				.join('\n')}`
	);
	return `# Written after each build by scripts/headers-plugin.ts; see README, "Security headers".\n${blocks.join('\n\n')}\n`;
}

export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push([line.trim(), {}]);
		else {
			const at = line.indexOf(':');
			const headers = rules.at(-1)?.[1];
			if (headers && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

/** The headers a host sends for `pathname`: every matching rule's, a header named twice joined with ", ". */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [path, headers] of rules) {
		const matches = path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path;
		if (!matches) continue;
		for (const [name, value] of Object.entries(headers))
			out[name] = out[name] ? `${out[name]}, ${value}` : value;
	}
	return out;
}

/**
 * Writes `_headers` into the adapter's output `dir` once the build is done, and serves the same headers from
 * `vite preview`, so the tests run under the policy a static host would send.
 */
export function headersPlugin(dir: string): Plugin {
	let ssr = false;
	let root = '';
	return {
		name: 'factdeck:headers',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
			root = config.root;
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				// Kit writes the adapter's output when its server build closes.
				if (!ssr || !existsSync(join(root, dir))) return;
				writeFileSync(join(root, dir, '_headers'), formatHeaders(headerRules(join(root, dir))));
			}
		},
		configurePreviewServer(server) {
			const file = join(server.config.root, dir, '_headers');
			const rules = existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
			server.middlewares.use((request, response, next) => {
				const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
				for (const [name, value] of Object.entries(headersFor(rules, pathname)))
					response.setHeader(name, value);
				next();
			});
		}
	};
}
