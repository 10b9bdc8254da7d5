/** The service worker's cache for lazily loaded parts, shared with the page that fills it ahead of use. */
export const LAZY_CACHE = 'lazy-chunks';

/** The registry of optional lazy parts, written at build time (scripts/lazy-parts-plugin.ts) and precached. */
export const PARTS_URL = '/lazy-parts.json';
