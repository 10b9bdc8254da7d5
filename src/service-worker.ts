/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { LAZY_CACHE, LAZY_PARTS_URL, type LazyPartsFile } from './lib/offline/registry';

declare let self: ServiceWorkerGlobalScope;

// The app shell, every prerendered page, the default deck and the registry of lazy parts. Every page is
// prerendered, so every deep link opens offline; a query string names the record a page shows (`/deck?id=…`).
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// Heavy parts only some people need (the generator's NLP, import and export, QR, charts) are downloaded into this
// cache when the app is idle after the first visit (src/lib/offline/download.ts), or the first time they load.
registerRoute(
	({ url, request }) =>
		url.origin === self.location.origin &&
		url.pathname.startsWith('/_app/immutable/') &&
		request.method === 'GET',
	// File names carry a hash: whatever the response varied on, the file is the same.
	new CacheFirst({ cacheName: LAZY_CACHE, matchOptions: { ignoreVary: true } })
);

// An address the app has no page for: the network's answer, or offline the app's own "not found" page.
registerRoute(
	new NavigationRoute(async ({ request }) => {
		try {
			return await fetch(request);
		} catch {
			return (await matchPrecache('404.html')) ?? Response.error();
		}
	})
);

/** Drops lazy files of older versions: the cache holds only what this version's registry lists. */
async function pruneLazyCache(): Promise<void> {
	const registry = await matchPrecache(LAZY_PARTS_URL);
	if (!registry) return;
	const { parts } = (await registry.json()) as LazyPartsFile;
	const current = new Set(
		parts.flatMap((part) => part.files.map((file) => new URL(file.url, self.location.href).href))
	);
	const cache = await caches.open(LAZY_CACHE);
	for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
}

self.addEventListener('activate', (event) => event.waitUntil(pruneLazyCache()));

// A new version waits until the person presses Reload (see UpdatePrompt.svelte): nothing reloads mid-session.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
