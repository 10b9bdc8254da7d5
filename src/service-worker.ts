/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { SHARE_CACHE, SHARED_FILE_URL, SHARED_NAME_HEADER } from './lib/import/shared-file.ts';
import { LAZY_CACHE, PARTS_URL } from './lib/offline/cache.ts';

declare let self: ServiceWorkerGlobalScope;

// The app shell, every prerendered page, the default deck and the registry of lazy parts. Every page is
// prerendered, so every deep link opens offline; a query string names the record a page shows (`/deck?id=…`).
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// Heavy parts only some people need (the generator's NLP, import and export, QR, charts, each file format's
// reader) are downloaded into this cache when the app is idle after the first visit (src/lib/offline/idle.ts),
// when Settings makes every feature available offline, or the first time they load.
registerRoute(
	({ url, request }) =>
		url.origin === self.location.origin &&
		url.pathname.startsWith('/_app/immutable/') &&
		request.method === 'GET',
	// File names carry a hash: whatever the response varied on, the file is the same.
	new CacheFirst({ cacheName: LAZY_CACHE, matchOptions: { ignoreVary: true } })
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
	const registry = await matchPrecache(PARTS_URL);
	if (!registry) return;
	const { parts } = (await registry.json()) as { parts: { files: string[] }[] };
	const current = new Set(
		parts.flatMap((part) => part.files.map((file) => new URL(file, self.location.href).href))
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
