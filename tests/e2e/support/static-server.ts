import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon'
};

/**
 * Serves the adapter-static output (`build/`) as a plain static host would, and can pretend that a new version was
 * deployed: `deployNewVersion()` changes the service worker's bytes, which is what makes a browser install an update.
 */
export class StaticServer {
	readonly url: string;
	#server: Server | undefined;
	#version = 0;

	constructor(
		readonly root: string,
		readonly port: number
	) {
		this.url = `http://localhost:${port}`;
	}

	deployNewVersion(): void {
		this.#version++;
	}

	async start(): Promise<void> {
		this.#server = createServer((request, response) => {
			const path = new URL(request.url ?? '/', this.url).pathname;
			const file = this.#resolve(path);
			if (!file) {
				response.writeHead(404).end('Not found');
				return;
			}
			let body: Buffer | string = readFileSync(file);
			if (path === '/service-worker.js') body = `${body}\n// deployment ${this.#version}\n`;
			response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			response.end(body);
		});
		await new Promise<void>((resolve) => this.#server!.listen(this.port, resolve));
	}

	async stop(): Promise<void> {
		const server = this.#server;
		this.#server = undefined;
		// A page still open (a frame, a service worker) keeps connections alive, which close() would wait for.
		server?.closeAllConnections();
		if (server) await new Promise((resolve) => server.close(resolve));
	}

	/** `/` → index.html, `/deck` → deck.html, other paths as files; never outside the root. */
	#resolve(path: string): string | undefined {
		const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
		for (const candidate of [
			join(this.root, safe, 'index.html'),
			join(this.root, `${safe}.html`),
			join(this.root, safe)
		]) {
			if (candidate.startsWith(this.root) && existsSync(candidate) && statSync(candidate).isFile())
				return candidate;
		}
		return undefined;
	}
}
