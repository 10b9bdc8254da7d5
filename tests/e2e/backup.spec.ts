import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DECK, deckUrl, openLibrary } from './support/app.ts';
import { readStored, recordWithId, storedIn } from './support/stored.ts';

const STORAGE_FULL =
	'This device’s storage is full, so your last change was not saved. Free some space, then try again.';

/** The default deck's page shows its article (the card list below repeats sentences, so look in the article). */
async function expectArticle(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();
	const article = page.getByRole('article', { name: 'Article' });
	await expect(article.getByText(DEFAULT_DECK.firstParagraph)).toBeVisible();
	await expect(article.getByText(DEFAULT_DECK.attribution)).toBeVisible();
}

/** Only the app's database: the service worker keeps its own (cache expiry) beside it. */
async function factdeckStores(page: Page) {
	return (await readStored(page)).filter((store) => store.database === 'factdeck');
}

async function exportBackup(page: Page): Promise<Buffer> {
	await page.goto('/settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByRole('status').filter({ hasText: 'Backup saved as' })).toBeVisible();
	return readFile(await download.path());
}

async function deleteAllData(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Delete all data' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
	await expect.poll(async () => (await storedIn(page, 'deck')).length).toBe(0);
}

test('export a backup, delete all data, restore it: the deck and its cards are back', async ({ page }) => {
	await openLibrary(page);
	const decks = await storedIn(page, 'deck');
	const cards = await storedIn(page, 'card');
	expect(cards.length).toBeGreaterThan(0);

	const backup = await exportBackup(page);
	await deleteAllData(page);

	await page.getByLabel('Restore backup').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: backup
	});
	await expect(page.getByRole('heading', { name: 'This backup holds' })).toBeVisible();
	await expect(page.getByText(`${cards.length} cards`, { exact: true })).toBeVisible();
	await expect(page.getByText(DEFAULT_DECK.title, { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Replace everything' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Replace everything' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Backup restored' })).toBeVisible();
	expect(await storedIn(page, 'deck')).toEqual(decks);
	expect(await storedIn(page, 'card')).toEqual(cards);

	await page.getByRole('banner').getByRole('link', { name: 'Factdeck' }).click();
	await page.getByRole('link', { name: DEFAULT_DECK.title }).click();
	await expectArticle(page);
});

test('a damaged, foreign or newer backup is refused and nothing changes', async ({ page }) => {
	await openLibrary(page);
	const backup = (await exportBackup(page)).toString('utf8');
	const before = await factdeckStores(page);
	const restore = page.getByLabel('Restore backup');

	const files: [string, string][] = [
		[backup.slice(0, backup.length - 200), 'That backup is damaged or incomplete, so nothing was restored.'],
		['Front,Back\nCapital of Niger?,Niamey\n', 'That is not a Factdeck backup.'],
		[
			backup.replace(/"dbVersion":\d+/, '"dbVersion":99'),
			'That backup was made by a newer version of Factdeck.'
		]
	];
	for (const [text, message] of files) {
		await restore.setInputFiles({
			name: 'backup.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('button', { name: 'Merge into this device' })).toHaveCount(0);
	}
	expect(await factdeckStores(page)).toEqual(before);
});

// Chromium fixes an origin's quota, and the usage it checks writes against, when the origin's storage is first
// opened in a browser session. So the app is set up in one session of a profile, and the next session starts
// with the quota shrunk (through the DevTools Protocol) to what is already used plus a few hundred bytes.
test('storage full: the person is told, nothing is half written, and the article still reads', async ({
	playwright,
	launchOptions,
	baseURL,
	viewport
}) => {
	const profile = await mkdtemp(join(tmpdir(), 'factdeck-quota-'));
	const origin = new URL(baseURL ?? '').origin;
	const launch = () =>
		playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, viewport });
	try {
		let context = await launch();
		let page = context.pages()[0] ?? (await context.newPage());
		await openLibrary(page);
		await page.goto(deckUrl(DEFAULT_DECK.id));
		await expectArticle(page);
		const { usage } = await (await context.newCDPSession(page)).send('Storage.getUsageAndQuota', { origin });
		await context.close();

		context = await launch();
		page = context.pages()[0] ?? (await context.newPage());
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 500 });
		await page.goto(deckUrl(DEFAULT_DECK.id));
		await expectArticle(page);
		const before = await factdeckStores(page);

		await page.getByRole('button', { name: 'Rename' }).click();
		await page.getByRole('textbox', { name: 'Deck title' }).fill('A title that cannot be saved');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('alert')).toHaveText(STORAGE_FULL);

		expect(recordWithId(await storedIn(page, 'deck'), DEFAULT_DECK.id)?.title).toBe(DEFAULT_DECK.title);
		expect(await factdeckStores(page)).toEqual(before);
		await page.reload();
		await expectArticle(page);
		await context.close();
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
});
