import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('npm run bench without a build', () => {
	// A build name that is never built: its build directory does not exist.
	const env = { ...process.env, FACTDECK_BUILD: 'never-built' };

	it('says in one line what to run first and exits non-zero', { timeout: 60_000 }, () => {
		const run = spawnSync('npm', ['run', 'bench'], { cwd: root, env, encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr.trim().split('\n')).toEqual([
			'No production build in build-never-built: run `npm run build` first, then `npm run bench`.'
		]);
		// Standard output holds npm's own banner ("> factdeck@… bench"), and nothing of ours.
		expect(run.stdout.split('\n').filter((line) => line.trim() && !line.startsWith('> '))).toEqual([]);
	});
});
