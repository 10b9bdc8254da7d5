/**
 * A file shared to Factdeck from another app: the service worker keeps the POSTed file in a cache (the page cannot
 * read a POST body) and opens New deck with `?shared=file`; the page takes it from there once. Browser only.
 */
export const SHARE_CACHE = 'share-target';
export const SHARED_FILE_URL = '/share-target/file';
/** The file's name travels in a header of the cached response. */
export const SHARED_NAME_HEADER = 'X-Shared-Name';

export async function takeSharedFile(): Promise<File | undefined> {
	if (!('caches' in globalThis)) return undefined;
	const cache = await caches.open(SHARE_CACHE);
	const response = await cache.match(SHARED_FILE_URL);
	if (!response) return undefined;
	await cache.delete(SHARED_FILE_URL);
	const name = decodeURIComponent(response.headers.get(SHARED_NAME_HEADER) ?? 'shared');
	const blob = await response.blob();
	return new File([blob], name, { type: blob.type });
}
