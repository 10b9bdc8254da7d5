import { expect, test, type Page } from '@playwright/test';
import latest from '../fixtures/db/v3.json' with { type: 'json' };
import { mutateBackup } from '../unit/backup/mutate.ts';
import { openLibrary } from './support/app.ts';
import { readStored } from './support/stored.ts';

/** 80 of the unit fuzz test's mutated backups (tests/unit/backup/fuzz.test.ts) in Chromium: 66 are refused, 14 restore. */
const SEEDS = Array.from({ length: 80 }, (_, i) => 101 + i);
const NOW = Date.UTC(2025, 2, 10, 9);
const base = {
	format: 'factdeck-backup',
	formatVersion: 1,
	appVersion: 'fuzz',
	dbVersion: latest.version,
	exportedAt: NOW,
	stores: latest.stores
};

const factdeckStores = async (page: Page) =>
	(await readStored(page)).filter((store) => store.database === 'factdeck');

/** What a person sees of a refused backup: the reason, starting "That backup…" or "That is not…". */
const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: /^That / });

/** Opens the library, every deck, study, statistics and class results: none may fail. */
async function visitEveryPage(page: Page, errors: string[]): Promise<void> {
	const stored = await factdeckStores(page);
	const ids = (store: string) =>
		(stored.find((s) => s.store === store)?.records ?? []).map((r) => (r as { id: string }).id);
	const paths = [
		'/',
		'/study',
		'/stats',
		...ids('decks').flatMap((id) => [`/deck?id=${id}`, `/quiz?deck=${id}`]),
		...ids('sharedQuizzes').map((id) => `/results?quiz=${id}`)
	];
	for (const path of paths) {
		await page.goto(path);
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		await expect(page.getByText('Something went wrong'), path).toHaveCount(0);
	}
	expect(errors).toEqual([]);
}

test('mutated backups are refused with their reason and change nothing, or restore and every page opens', async ({
	page
}) => {
	test.setTimeout(300_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openLibrary(page);
	const outcomes = { refused: 0, restored: 0 };
	for (const seed of SEEDS) {
		await page.goto('/settings');
		const before = await factdeckStores(page);
		const file = JSON.stringify(mutateBackup(base, seed));
		await page
			.getByLabel('Restore backup')
			.setInputFiles({ name: `fuzz-${seed}.json`, mimeType: 'application/json', buffer: Buffer.from(file) });
		const preview = page.getByRole('heading', { name: 'This backup holds' });
		await expect(refusal(page).or(preview), `seed ${seed}`).toBeVisible();
		if (await refusal(page).isVisible()) {
			outcomes.refused++;
			expect(await factdeckStores(page), `seed ${seed}`).toEqual(before);
			continue;
		}
		outcomes.restored++;
		if (seed % 2) {
			await page.getByRole('button', { name: 'Merge into this device' }).click();
			await expect(page.getByText(/^Backup merged/)).toBeVisible();
		} else {
			await page.getByRole('button', { name: 'Replace everything' }).click();
			await page.getByRole('dialog').getByRole('button', { name: 'Replace everything' }).click();
			await expect(page.getByText(/^Backup restored/)).toBeVisible();
		}
		await visitEveryPage(page, errors);
	}
	expect(outcomes.refused).toBeGreaterThan(20);
	expect(outcomes.restored).toBeGreaterThan(5);
});
