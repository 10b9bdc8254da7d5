/** The service worker's cache for lazily loaded parts, shared with the page that fills it ahead of use. */
export const LAZY_CACHE = 'lazy-chunks';
