import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { BUILD_DIR, KIT_OUT_DIR, KIT_OUT_PATH } from './scripts/builds.js';
import { defaultDeckPlugin } from './scripts/default-deck-plugin.ts';
import { headersPlugin } from './scripts/headers-plugin.ts';
import { lazyChunksPlugin } from './scripts/lazy-chunks-plugin.ts';
import { lazyPartsPlugin } from './scripts/lazy-parts-plugin.ts';
import { LAZY_MODULES, pwaOptions } from './scripts/pwa-options.ts';

export default defineConfig({
	plugins: [
		defaultDeckPlugin(),
		sveltekit(),
		process.env.VITEST
			? []
			: [
					// Told where Kit builds, which is not always .svelte-kit/ (scripts/builds.js).
					SvelteKitPWA({ ...pwaOptions, outDir: `${KIT_OUT_PATH}output`, kit: { outDir: KIT_OUT_DIR } }),
					lazyChunksPlugin(pwaOptions.injectManifest.globIgnores, (source) =>
						LAZY_MODULES.some((re) => re.test(source))
					),
					lazyPartsPlugin(),
					headersPlugin(BUILD_DIR)
				]
	],
	worker: { format: 'es' },
	// The build prints what was built and any warning, not how long each plugin took.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
