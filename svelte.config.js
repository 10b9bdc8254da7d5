import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { BUILD_DIR, dropTsconfigAdvice, KIT_OUT_DIR } from './scripts/builds.js';
import { CSP_DIRECTIVES } from './scripts/security-headers.js';

dropTsconfigAdvice();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; 404.html serves client-side routes on static hosts.
		adapter: adapter({ pages: BUILD_DIR, assets: BUILD_DIR, fallback: '404.html' }),
		// `npm test` builds beside `npm start`'s build, not over it (scripts/builds.js).
		outDir: KIT_OUT_DIR,
		// The service worker is built by @vite-pwa/sveltekit (src/service-worker.ts), not by Kit.
		serviceWorker: { register: false },
		// Page styles go inline in the HTML: no render-blocking request before the first paint (every page's CSS is small).
		inlineStyleThreshold: 8192,
		prerender: { handleHttpError: 'fail' },
		// Each page's <meta> policy, with the hashes of its inline script and styles (scripts/security-headers.js).
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
