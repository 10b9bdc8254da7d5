import '../db/fake-idb.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	BackupError,
	exportBackup,
	parseBackup,
	previewBackup,
	restoreBackup,
	type CheckedBackup
} from '../../../src/lib/backup/index.ts';
import {
	exportAllStores,
	replaceAllStores,
	STORE_NAMES,
	type DatabaseDump
} from '../../../src/lib/db/index.ts';
import { NOW } from '../db/builders.ts';
import { resetDatabase } from '../db/fake-idb.ts';
import { mutateBackup } from './mutate.ts';
import { loadEveryPage, richDatabase } from './page-data.ts';

/** Mutated backups restored at unit level; e2e/backup-fuzz.spec.ts restores a few dozen in Chromium. */
const RUNS = 2000;
const LATER = NOW + 3_600_000;

/** The preview counts exactly what the restore wrote. */
async function expectPreviewExact(backup: CheckedBackup, mode: 'replace' | 'merge'): Promise<void> {
	const { counts } = previewBackup(backup);
	if (mode === 'replace') {
		await restoreBackup(backup, 'replace');
		const stored = await exportAllStores();
		for (const name of STORE_NAMES) expect(stored[name].length, name).toBe(counts[name] ?? 0);
		return;
	}
	const merged = await restoreBackup(backup, 'merge');
	for (const name of STORE_NAMES) {
		const c = merged[name];
		expect((c?.added ?? 0) + (c?.updated ?? 0) + (c?.unchanged ?? 0), name).toBe(counts[name] ?? 0);
	}
}

describe('fuzzed backups', () => {
	let base: object;
	let dump: DatabaseDump;

	beforeAll(async () => {
		await resetDatabase();
		dump = await richDatabase();
		base = JSON.parse((await exportBackup(NOW)).text);
		await loadEveryPage(LATER);
	});

	it(`each of ${RUNS} mutated backups is refused with its reason, or restores and every page loads`, async () => {
		const outcomes = { refused: 0, restored: 0 };
		for (let seed = 1; seed <= RUNS; seed++) {
			const text = JSON.stringify(mutateBackup(base, seed));
			let backup: CheckedBackup;
			try {
				backup = parseBackup(text);
			} catch (error) {
				if (!(error instanceof BackupError))
					throw new Error(`seed ${seed}: ${String(error)}`, { cause: error });
				// Damage is told with the place it was found; a newer or foreign file by what it is.
				if (error.problem === 'damaged' || error.problem === 'duplicate')
					expect(error.message, `seed ${seed}`).toMatch(/: .+/);
				else expect(['newer', 'foreign'], `seed ${seed}: ${error.message}`).toContain(error.problem);
				outcomes.refused++;
				continue;
			}
			outcomes.restored++;
			await resetDatabase();
			const mode = seed % 2 ? 'replace' : 'merge';
			if (mode === 'merge') await replaceAllStores(dump);
			try {
				await expectPreviewExact(backup, mode);
				await loadEveryPage(LATER);
			} catch (error) {
				throw new Error(`seed ${seed} (${mode}): ${String(error)}`, { cause: error });
			}
		}
		// Both ways are well exercised.
		expect(outcomes.refused).toBeGreaterThan(RUNS / 5);
		expect(outcomes.restored).toBeGreaterThan(RUNS / 5);
	}, 300_000);

	it('a refused backup leaves the database as it was', async () => {
		await resetDatabase();
		await replaceAllStores(dump);
		const before = await exportAllStores();
		let refused = 0;
		for (let seed = 1; refused < 20; seed++) {
			try {
				await restoreBackup(parseBackup(JSON.stringify(mutateBackup(base, seed))), 'replace');
				await replaceAllStores(dump);
			} catch (error) {
				expect(error).toBeInstanceOf(BackupError);
				expect(await exportAllStores()).toEqual(before);
				refused++;
			}
		}
	});
});
