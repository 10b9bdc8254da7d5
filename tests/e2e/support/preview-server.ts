import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** A production-build preview server of its own, for a test that must stop it (to be truly offline).
 * Startup gets a generous wait: on a busy two-core machine Vite can take well over ten seconds. */
export class PreviewServer {
	readonly url: string;
	#process: ChildProcess | undefined;

	constructor(readonly port: number) {
		this.url = `http://localhost:${port}`;
	}

	async start(timeoutMs = 45_000): Promise<void> {
		const child = spawn(
			'node',
			['node_modules/.bin/vite', 'preview', '--port', String(this.port), '--strictPort'],
			{
				stdio: ['ignore', 'ignore', 'pipe']
			}
		);
		this.#process = child;
		let stderr = '';
		child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`Preview server on ${this.port} exited: ${stderr.trim()}`);
			if (await this.#responds()) return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		// Never leave a server behind to hold the port for the next run.
		await this.stop();
		throw new Error(`Preview server on ${this.port} did not answer within ${timeoutMs} ms: ${stderr.trim()}`);
	}

	/** Stops the server and waits until it no longer answers. Safe to call twice. */
	async stop(): Promise<void> {
		const child = this.#process;
		this.#process = undefined;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = once(child, 'exit');
		child.kill('SIGTERM');
		await exited;
	}

	async #responds(): Promise<boolean> {
		try {
			const response = await fetch(this.url, { signal: AbortSignal.timeout(1_000) });
			return response.ok;
		} catch {
			return false;
		}
	}
}
