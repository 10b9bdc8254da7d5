import { defineConfig } from '@playwright/test';
import { E2E_PORT } from './scripts/builds.js';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.js';

// The tests serve the build `npm test` made for them (`npm run build:test`), on a port of their own: an app left
// running by `npm start` (build/, port 4173) goes on serving. Every server a test starts is handed this variable.
process.env.FACTDECK_BUILD = 'test';
// E2E_PORT=… moves every test server, so that two checkouts can run their tests at once.
const PREVIEW_PORT = E2E_PORT;

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
	// Serves the production build that `npm run build:test` left in build-test/; the tests never rebuild.
	webServer: {
		command: `node node_modules/.bin/vite preview --port ${PREVIEW_PORT} --strictPort`,
		env: { FACTDECK_BUILD: 'test' },
		url: `http://localhost:${PREVIEW_PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
