/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { SHARE_CACHE, SHARED_FILE_URL, SHARED_NAME_HEADER } from './lib/import/shared-file.ts';
import { LAZY_CACHE } from './lib/offline/cache.ts';

declare let self: ServiceWorkerGlobalScope;

// The app shell, every prerendered page and the default deck. Every page is prerendered, so every deep link
// opens offline; a query string names the record a page shows (`/deck?id=…`), not another page.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// Heavy parts only some people need (the generator's NLP, QR, charts, each file format's reader) are cached the
// first time they load, or when Settings makes every feature available offline.
registerRoute(
	({ url, request }) =>
		url.origin === self.location.origin &&
		url.pathname.startsWith('/_app/immutable/') &&
		request.method === 'GET',
	new CacheFirst({ cacheName: LAZY_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 80 })] })
);

// Share to Factdeck (the manifest's share_target POSTs to /new). A page cannot read a POST body, so a shared file
// waits in a cache for New deck to take; shared text and links travel in New deck's query string.
registerRoute(
	({ url }) => url.origin === self.location.origin && url.pathname.replace(/\/$/, '') === '/new',
	async ({ request }) => {
		const form = await request.formData();
		const file = form.getAll('file').find((f): f is File => typeof f !== 'string' && f.size > 0);
		if (file) {
			const headers = {
				'Content-Type': file.type || 'application/octet-stream',
				[SHARED_NAME_HEADER]: encodeURIComponent(file.name)
			};
			await (await caches.open(SHARE_CACHE)).put(SHARED_FILE_URL, new Response(file, { headers }));
			return Response.redirect('/new?shared=file', 303);
		}
		const query = new URLSearchParams();
		for (const key of ['title', 'text', 'url']) {
			const value = form.get(key);
			if (typeof value === 'string' && value.trim()) query.set(key, value);
		}
		return Response.redirect(`/new?${query.toString()}`, 303);
	},
	'POST'
);

// A new version waits until the person presses Reload (see UpdatePrompt.svelte): nothing reloads mid-session.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
