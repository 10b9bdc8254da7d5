import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// `npm run icons` draws every icon from static/favicon.svg.
export default defineConfig({
	preset: {
		...minimal2023Preset,
		maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1f5f8b' } },
		apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1f5f8b' } }
	},
	images: ['static/favicon.svg']
});
