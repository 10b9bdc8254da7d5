import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { defaultDeckPlugin } from './scripts/default-deck-plugin.ts';
import { pwaOptions } from './scripts/pwa-options.ts';

export default defineConfig({
	plugins: [defaultDeckPlugin(), sveltekit(), process.env.VITEST ? [] : SvelteKitPWA(pwaOptions)],
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
