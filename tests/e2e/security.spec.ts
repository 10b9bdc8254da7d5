import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BUILD_PATH, E2E_PORT } from '../../scripts/builds.js';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.js';
import latest from '../fixtures/db/v3.json' with { type: 'json' };
import { DEFAULT_DECK, openLibrary } from './support/app.ts';
import { answerAnything } from './support/quiz.ts';
import { StaticServer } from './support/static-server.ts';

/** A static host without the headers file, for the frame test (one port per project). */
const PLAIN_PORT = E2E_PORT + 24;

const HTML = readdirSync(BUILD_PATH).filter((file) => file.endsWith('.html'));
/** Every page of the build, by its address; the fallback page (404.html) is a static host's, not the preview's. */
const PAGES = HTML.filter((file) => file !== '404.html').map((file) =>
	file === 'index.html' ? '/' : `/${file.slice(0, -5)}`
);

// A fake camera, granted, so that scanning a QR code runs as it does on a phone.
test.use({
	launchOptions: {
		executablePath: findBrowser(),
		args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']
	},
	permissions: ['camera']
});

/**
 * Collects every Content-Security-Policy violation: a listener added before any page script runs, on every document
 * the page opens, and the refusals Chromium logs (in the page and in its workers).
 */
async function watchPolicy(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('factdeckViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { factdeckViolation: (text: string) => void }).factdeckViolation;
			report(
				`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`
			);
		});
	});
	const refused = (text: string) => {
		if (/Content Security Policy|Refused to/i.test(text)) violations.push(text);
	};
	page.on('console', (message) => refused(message.text()));
	page.on('worker', (worker) => worker.on('console', (message) => refused(message.text())));
	return violations;
}

const policyOf = (page: Page) =>
	page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

test('every page of the build loads with zero policy violations', async ({ page }) => {
	expect(PAGES).toEqual(expect.arrayContaining(['/', '/deck', '/settings', '/play', '/results', '/stats']));
	const violations = await watchPolicy(page);
	await openLibrary(page);
	for (const path of PAGES) {
		await page.goto(`${path}?id=${DEFAULT_DECK.id}&deck=${DEFAULT_DECK.id}`);
		await expect(page.getByRole('main')).toBeVisible();
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		// Each page carries the policy, with its own script's hash.
		expect(await policyOf(page), path).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/);
	}
	expect(violations).toEqual([]);
});

test('every feature works under the policy: new deck, import and export, charts, QR codes, scan, backup', async ({
	page
}) => {
	test.setTimeout(90_000);
	const violations = await watchPolicy(page);
	await openLibrary(page);

	// A new deck, made in the generator's worker.
	await page.getByRole('link', { name: 'New deck' }).click();
	await page
		.getByRole('textbox', { name: 'Article text' })
		.fill(readFileSync(new URL('../fixtures/articles/lake-baikal.txt', import.meta.url), 'utf8'));
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the cards' })).toBeVisible({
		timeout: 30_000
	});

	// Export as .apkg, then import it again: SQLite's WebAssembly runs in the exchange worker.
	await page.goto(`/exchange?deck=${DEFAULT_DECK.id}`);
	await page.getByRole('radio', { name: /Anki package/ }).check();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const apkg = readFileSync(await (await downloading).path());
	await page
		.getByLabel('File', { exact: true })
		.setInputFiles({ name: 'sahel.apkg', mimeType: 'application/octet-stream', buffer: apkg });
	await page.getByRole('radio', { name: 'A new deck', exact: true }).check();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText(/cards? added to/)).toBeVisible({ timeout: 20_000 });

	// Statistics with their charts.
	await page.goto('/stats');
	await expect(page.getByRole('img').first()).toBeVisible();

	// A shared quiz: its QR code, a student's run and result code, the teacher's scan.
	await page.goto(`/share?deck=${DEFAULT_DECK.id}`);
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();
	await page.goto(link);
	await page.getByRole('button', { name: 'Start' }).click();
	for (let n = 1; n <= 10; n++) await answerAnything(page, n);
	const code = await page.getByRole('textbox', { name: 'Result code' }).inputValue();
	await page.goto(`/results#${code}`);
	await expect(page.getByText(/^Added/)).toBeVisible();
	await page.getByRole('button', { name: 'Scan a code' }).click();
	await expect(page.getByRole('button', { name: 'Stop scanning' })).toBeVisible();
	await expect(page.getByText('The camera is not available here')).toHaveCount(0);

	// A study session, and a backup exported and read back.
	await page.goto(`/study?deck=${DEFAULT_DECK.id}`);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.goto('/settings');
	const backup = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	await page.getByLabel('Restore backup').setInputFiles(await (await backup).path());
	await expect(page.getByRole('heading', { name: 'This backup holds' })).toBeVisible();

	expect(violations).toEqual([]);
});

test('articles from a PDF, a Word document and a saved web page are read under the policy', async ({
	page
}) => {
	test.setTimeout(120_000);
	const violations = await watchPolicy(page);
	await openLibrary(page);
	for (const file of ['transit-of-venus.pdf', 'hanseatic-league.docx', 'transit-of-venus.html']) {
		await page.goto('/new');
		await page
			.getByLabel('Open a file')
			.setInputFiles(new URL(`../fixtures/formats/${file}`, import.meta.url).pathname);
		await expect(page.getByRole('heading', { level: 1, name: 'Review the cards' }), file).toBeVisible({
			timeout: 30_000
		});
		// The draft is kept until saved: start over for the next file.
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Review the cards' })).toBeHidden();
	}
	expect(violations).toEqual([]);
});

test('the shipped policy, as it stands, and the headers served with it', async ({ page, request }) => {
	await page.goto('/');
	const policy = await policyOf(page);
	expect(policy?.replace(/'sha256-[\w+/=]+'/g, "'sha256-…'")).toBe(
		"default-src 'self'; frame-src 'none'; worker-src 'self'; connect-src 'self'; img-src 'self'; " +
			"manifest-src 'self'; object-src 'none'; script-src 'self' 'sha256-…'; " +
			"style-src 'self' 'sha256-…'; style-src-attr 'unsafe-hashes' 'sha256-…' 'sha256-…'; " +
			"base-uri 'none'; form-action 'self'"
	);
	// Every page file carries it, the fallback page too.
	for (const file of HTML)
		expect(readFileSync(`${BUILD_PATH}${file}`, 'utf8'), file).toContain(
			'http-equiv="content-security-policy"'
		);
	const scripts = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
	for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", 'data:', 'blob:', '*'])
		expect(scripts).not.toContain(loose);

	const headers = (await request.get('/')).headers();
	expect(headers['content-security-policy']).toBe(`frame-ancestors 'none', ${policy}`);
	expect(headers).toMatchObject({
		'x-frame-options': 'DENY',
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer'
	});
	// Only workers may compile WebAssembly; their policy comes with their own script.
	const [worker] = readdirSync(`${BUILD_PATH}_app/immutable/workers`);
	const workerHeaders = (await request.get(`/_app/immutable/workers/${worker}`)).headers();
	expect(workerHeaders['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
});

test('another site cannot frame the app; where a host lets it, deleting and replacing data are refused', async ({
	page,
	baseURL
}) => {
	// With the headers: the browser refuses the frame.
	const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
	await page.setContent(`<iframe title="app" src="${baseURL}/settings"></iframe>`);
	await refused;

	// A host without the headers file: the app itself refuses destructive actions inside a frame.
	const plain = new StaticServer(BUILD_PATH, PLAIN_PORT + (test.info().project.name === 'phone' ? 0 : 1));
	await plain.start();
	try {
		await page.setContent(
			`<iframe title="app" width="1000" height="3000" src="${plain.url}/settings"></iframe>`
		);
		const app = page.frameLocator('iframe');
		await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
		await expect(app.getByRole('button', { name: 'Delete all data' })).toBeDisabled();
		const backup = JSON.stringify({
			format: 'factdeck-backup',
			formatVersion: 1,
			appVersion: 'test',
			dbVersion: latest.version,
			exportedAt: Date.now(),
			stores: latest.stores
		});
		await app
			.getByLabel('Restore backup')
			.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
		await expect(app.getByRole('button', { name: 'Merge into this device' })).toBeEnabled();
		await expect(app.getByRole('button', { name: 'Replace everything' })).toBeDisabled();
		await expect(app.getByText('open inside another page').first()).toBeVisible();
	} finally {
		await plain.stop();
	}
});
