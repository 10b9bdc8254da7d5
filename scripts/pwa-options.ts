import type { SvelteKitPWAOptions } from '@vite-pwa/sveltekit';

/** Source modules whose dynamic imports start a lazily cached part of the app. */
export const LAZY_MODULES = [
	/^src\/lib\/generate\//,
	/^src\/lib\/components\/stats\//,
	/^src\/lib\/qr\//,
	/(?:^|\/)node_modules\/jsqr\//,
	/^src\/lib\/exchange\//,
	/(^|\/)node_modules\/sql\.js\//,
	// The PDF reader (pdf.js); the web page and Word readers are workers, left out below.
	/^src\/lib\/extract\/pdf-browser\.ts$/
];

export const THEME_COLOR = '#1f5f8b';
export const BACKGROUND_COLOR = '#fbfaf7';

/** Web app manifest and service worker build; what is precached is decided in src/service-worker.ts's build. */
export const pwaOptions = {
	strategies: 'injectManifest',
	srcDir: 'src',
	filename: 'service-worker.ts',
	registerType: 'prompt',
	injectRegister: false,
	manifest: {
		id: '/',
		name: 'Factdeck',
		short_name: 'Factdeck',
		description: 'Turn an article into a quiz and flashcards, and study them offline.',
		lang: 'en',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: THEME_COLOR,
		background_color: BACKGROUND_COLOR,
		icons: [
			{ src: '/pwa-64x64.png', sizes: '64x64', type: 'image/png' },
			{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
			{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
			{ src: '/maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		],
		// Share → Factdeck on Android. One share target may be declared: a POST, so files can come too; the service
		// worker turns shared text and links into New deck's query (/new?title=…&text=…&url=…) and keeps a file.
		share_target: {
			action: '/new',
			method: 'POST',
			enctype: 'multipart/form-data',
			params: {
				title: 'title',
				text: 'text',
				url: 'url',
				files: [
					{
						name: 'file',
						accept: [
							'application/pdf',
							'.pdf',
							'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
							'.docx',
							'text/html',
							'.html',
							'.htm',
							'text/plain',
							'.txt',
							'text/markdown',
							'.md'
						]
					}
				]
			}
		}
	},
	injectManifest: {
		globPatterns: [
			'client/**/*.{js,css,ico,png,svg,webmanifest}',
			'client/lazy-parts.json',
			'prerendered/**/*.html'
		],
		// Heavy parts only some people need are cached at first use, not precached: the generator's worker (and
		// its NLP) here; lazyChunksPlugin adds the chunks reachable only from a LAZY_MODULES dynamic import.
		// pdf.js's own worker (an .mjs asset) is left out by name as well, whatever the patterns above become.
		globIgnores: ['**/workers/**', '**/pdf.worker*']
	}
} satisfies Partial<SvelteKitPWAOptions>;
