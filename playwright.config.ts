import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.js';

// 4173 as `npm run preview`; another port (E2E_PORT=4174) lets the tests run beside a preview you have open.
const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * Offline and installability tests start their own browser or server; once, on the phone, is enough. Each way into
 * a deck from a document or a share is a phone's: that is where students read and share.
 */
const PHONE_ONLY = /(offline|installability|update|progress|documents|share-target|backup-fuzz)\.spec\.ts$/;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 5_000 },
	reporter: [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PREVIEW_PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findBrowser(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'phone',
			use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
		},
		{ name: 'desktop', testIgnore: PHONE_ONLY, use: { viewport: { width: 1280, height: 800 } } }
	],
	// Serves the production build that `npm run build` left in build/; the tests never rebuild.
	webServer: {
		command: `node node_modules/.bin/vite preview --port ${PREVIEW_PORT} --strictPort`,
		url: `http://localhost:${PREVIEW_PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
