import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
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
					SvelteKitPWA(pwaOptions),
					lazyChunksPlugin(pwaOptions.injectManifest.globIgnores, (source) =>
						LAZY_MODULES.some((re) => re.test(source))
					),
					lazyPartsPlugin(),
					headersPlugin('build')
				]
	],
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
