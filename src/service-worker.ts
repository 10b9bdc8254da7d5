/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

declare let self: ServiceWorkerGlobalScope;

// The app shell, every prerendered page and the default deck. Every page is prerendered, so every deep link
// opens offline; a query string names the record a page shows (`/deck?id=…`), not another page.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// Heavy parts only some people need (the generator's NLP, QR, charts) are cached the first time they load.
registerRoute(
	({ url, request }) =>
		url.origin === self.location.origin &&
		url.pathname.startsWith('/_app/immutable/') &&
		request.method === 'GET',
	new CacheFirst({ cacheName: 'lazy-chunks', plugins: [new ExpirationPlugin({ maxEntries: 60 })] })
);

// A new version waits until the person presses Reload (see UpdatePrompt.svelte): nothing reloads mid-session.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
