#!/usr/bin/env node
// Finds the Chromium the end-to-end tests drive. Playwright cannot download browsers everywhere (CI images,
// offline machines), so a system Chromium is an accepted fallback.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep a system Chromium quiet and deterministic in tests (no sandbox: CI runs as root). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** @returns {string | undefined} where Playwright's own Chromium would be, whether or not it is installed */
function playwrightChromium() {
	try {
		const require = createRequire(import.meta.url);
		/** @type {{ chromium: { executablePath(): string } }} */
		const playwright = require('playwright-core');
		return playwright.chromium.executablePath();
	} catch {
		// playwright-core is not installed (no node_modules yet) or knows no build for this platform.
		return undefined;
	}
}

/** @returns {{ source: string, path: string | undefined }[]} the browsers to try, in order of preference */
function candidates() {
	return [
		{ source: "Playwright's Chromium", path: playwrightChromium() },
		{ source: '$CHROME_PATH', path: process.env.CHROME_PATH || undefined },
		{ source: 'system Chromium', path: SYSTEM_CHROMIUM }
	];
}

/**
 * The first browser that exists: Playwright's own Chromium, else `$CHROME_PATH`, else `/usr/bin/chromium`.
 * @returns {string | undefined}
 */
export function findBrowser() {
	return candidates().find((c) => c.path !== undefined && existsSync(c.path))?.path;
}

function main() {
	const found = candidates().find((c) => c.path !== undefined && existsSync(c.path));
	if (found) {
		console.log(`Browser for end-to-end tests: ${found.source} at ${found.path}`);
		return;
	}
	const chromePath = process.env.CHROME_PATH
		? `$CHROME_PATH (${process.env.CHROME_PATH}) does not exist`
		: '$CHROME_PATH unset';
	console.error(
		`No browser for end-to-end tests: Playwright's Chromium is not installed, ${chromePath}, and ${SYSTEM_CHROMIUM} is missing (install one: apt-get install chromium, or npx playwright install chromium).`
	);
	process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
