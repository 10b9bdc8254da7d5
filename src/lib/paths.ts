import { resolve } from '$app/paths';

/** Addresses of pages that show one record: every page is prerendered, so the record goes in the query. */
export function deckHref(id: string): string {
	return `${resolve('/deck')}?id=${encodeURIComponent(id)}`;
}

/** The study screen of one deck, or of all decks. */
export function studyHref(deckId?: string): string {
	return deckId === undefined ? resolve('/study') : `${resolve('/study')}?deck=${encodeURIComponent(deckId)}`;
}

/** The statistics of one deck, or of all decks. */
export function statsHref(deckId?: string): string {
	return deckId === undefined ? resolve('/stats') : `${resolve('/stats')}?deck=${encodeURIComponent(deckId)}`;
}

/** A deck page scrolled to one sentence of its article, highlighted. */
export function sentenceHref(deckId: string, sentence: string): string {
	return `${deckHref(deckId)}&s=${encodeURIComponent(sentence)}`;
}
