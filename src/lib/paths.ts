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

export function quizHref(deckId: string): string {
	return `${resolve('/quiz')}?deck=${encodeURIComponent(deckId)}`;
}

export function shareHref(deckId: string): string {
	return `${resolve('/share')}?deck=${encodeURIComponent(deckId)}`;
}

export function resultsHref(quizId: string): string {
	return `${resolve('/results')}?quiz=${encodeURIComponent(quizId)}`;
}

/** A shared quiz travels whole in the fragment, which never reaches a server. */
export function playUrl(code: string, origin: string): string {
	return new URL(`${resolve('/play')}#${code}`, origin).href;
}

/** A student's result as a link the teacher can open or scan. */
export function resultUrl(code: string, origin: string): string {
	return new URL(`${resolve('/results')}#${code}`, origin).href;
}

/** The import and export page, with a deck chosen when one is given. */
export function exchangeHref(deckId?: string): string {
	return deckId ? `${resolve('/exchange')}?deck=${encodeURIComponent(deckId)}` : resolve('/exchange');
}
