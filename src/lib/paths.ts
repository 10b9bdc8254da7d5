import { resolve } from '$app/paths';

/** Addresses of pages that show one record: every page is prerendered, so the record goes in the query. */
export function deckHref(id: string): string {
	return `${resolve('/deck')}?id=${encodeURIComponent(id)}`;
}

/** The import and export page, with a deck chosen when one is given. */
export function exchangeHref(deckId?: string): string {
	return deckId ? `${resolve('/exchange')}?deck=${encodeURIComponent(deckId)}` : resolve('/exchange');
}
