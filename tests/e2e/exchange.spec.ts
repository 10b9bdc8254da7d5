import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DECK, deckUrl, openLibrary } from './support/app.ts';
import { readStored, storedIn } from './support/stored.ts';

// Only the app's database: the service worker keeps its own (cache expiry) beside it.
const factdeckStores = async (page: Page) =>
	(await readStored(page)).filter((store) => store.database === 'factdeck');

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('a spreadsheet becomes a new deck; its text is shown as text, never as HTML', async ({ page }) => {
	await openLibrary(page);
	await page.getByRole('link', { name: 'Import or export' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();

	await page
		.getByLabel('File', { exact: true })
		.setInputFiles(
			csv(
				'<b>Capitals</b>.csv',
				'Front,Back\n<img src=x onerror=alert(1)> Capital of Niger?,Niamey\nCapital of Mali?,Bamako\n'
			)
		);
	await page.getByRole('radio', { name: 'A new deck', exact: true }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText('2 cards added to “<b>Capitals</b>”.')).toBeVisible();

	await page.getByRole('link', { name: 'Open the deck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: '<b>Capitals</b>' })).toBeVisible();
	await page.getByText('Cards (2 cards)').click();
	await expect(page.getByText('<img src=x onerror=alert(1)> Capital of Niger?')).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect((await storedIn(page, 'card')).length).toBeGreaterThan(2);
});

test('a file with broken quoting is refused and nothing is imported', async ({ page }) => {
	await openLibrary(page);
	await page.goto(`/exchange?deck=${DEFAULT_DECK.id}`);
	const before = await factdeckStores(page);
	await page
		.getByLabel('File', { exact: true })
		.setInputFiles(csv('broken.csv', 'Front,Back\n"Capital of Niger?,Niamey\n'));
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText(
		'A quoted field in that file is not closed, so nothing was imported.'
	);
	expect(await factdeckStores(page)).toEqual(before);
});

test('a deck is exported as an Anki text file and as an Anki package', async ({ page }) => {
	await openLibrary(page);
	await page.goto(deckUrl(DEFAULT_DECK.id));
	await page.getByRole('link', { name: 'Import or export' }).click();
	await expect(page.getByRole('combobox', { name: 'Deck' }).last()).toHaveValue(DEFAULT_DECK.id);

	let downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	let download = await downloading;
	expect(download.suggestedFilename()).toBe('Niger-Burkina-Faso-and-Mali-form-defence-alliance.txt');
	const text = (await readFile(await download.path())).toString('utf8');
	expect(text.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
	expect(text).toContain(`Cloze\t${DEFAULT_DECK.title}\t`);

	await page.getByRole('radio', { name: /Anki package/ }).check();
	downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.apkg$/);
	// A zip file, with the collection in it.
	const apkg = await readFile(await download.path());
	expect(apkg.subarray(0, 2).toString('latin1')).toBe('PK');
	expect(apkg.includes(Buffer.from('collection.anki2'))).toBe(true);
});

// A 113 KB .apkg expanding to 3.5 GiB froze the tab for 25 s before its message.
test('a zip bomb is refused with a clear message, and the page answers meanwhile', async ({ page }) => {
	const { zipSync } = await import('fflate');
	const { zstdRleBomb, zipBomb } = await import('../unit/unpack/bombs.ts');
	await openLibrary(page);
	await page.goto('/exchange');
	const before = await factdeckStores(page);
	const bombs = [
		zipSync({ 'collection.anki21b': zstdRleBomb(3.5 * 1024 ** 3, 1_000), media: new Uint8Array() }),
		// Its zip headers declare 1 KB.
		zipBomb('collection.anki2', 1024 ** 3, 1_000)
	];
	for (const [i, bomb] of bombs.entries()) {
		await page.getByLabel('File', { exact: true }).setInputFiles({
			name: `bomb-${i}.apkg`,
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(bomb)
		});
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		// The page answers while the worker unpacks: another choice can be made at once.
		await page.getByRole('radio', { name: 'An existing deck' }).check();
		await page.getByRole('radio', { name: 'A new deck', exact: true }).check();
		// Refused once 256 MB have come out of the stream, in the worker: seconds on a loaded CI machine.
		await expect(page.getByRole('alert')).toContainText('unpacks to more than 256 MB', { timeout: 30_000 });
		await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
	}
	expect(await factdeckStores(page)).toEqual(before);
});
