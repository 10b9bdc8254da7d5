import type { Card, Deck } from '../deck/model.ts';
import {
	DbUnavailableError,
	getDeck,
	getSettings,
	listCards,
	listDecks,
	seedDefaultDeck,
	updateSettings,
	type DeckSummary
} from '../db/index.ts';
import { requestPersistence } from '../storage/index.ts';
import { isOutdated } from '../deck/outdated.ts';
import { GENERATOR_VERSION } from '../generate/version.ts';
import { DEFAULT_DECK_ID, loadBundledDeck, loadDefaultDeck } from './default-deck.ts';

/** `saved: false` means storage is unavailable: the default deck is shown read-only and nothing is kept. */
export interface Library {
	decks: DeckSummary[];
	saved: boolean;
}

export interface OpenedDeck {
	deck: Deck;
	cards: Card[];
	saved: boolean;
}

/**
 * The default deck is stored on the first launch, and regenerated after an update that brings a newer generator. A
 * failed refresh leaves the deck as it was (one transaction) and is tried again at the next start.
 */
async function prepareDefaultDeck(now: number): Promise<void> {
	await seedDefaultDeck(() => loadDefaultDeck(now));
	const stored = await getDeck(DEFAULT_DECK_ID);
	if (!stored || !isOutdated(stored, GENERATOR_VERSION)) return;
	try {
		const { refreshDefaultDeck } = await import('./regenerate.service.ts');
		await refreshDefaultDeck(loadBundledDeck, now);
	} catch (error) {
		console.error(error);
	}
}

export async function openLibrary(now: number): Promise<Library> {
	try {
		await prepareDefaultDeck(now);
		return { decks: await listDecks(now), saved: true };
	} catch (error) {
		if (!(error instanceof DbUnavailableError)) throw error;
		const { deck, cards } = await loadDefaultDeck(now);
		return { decks: [summarize(deck, cards)], saved: false };
	}
}

export async function openDeck(id: string, now: number): Promise<OpenedDeck | null> {
	try {
		// A deep link may be the very first visit: the default deck must exist before it is looked up.
		await prepareDefaultDeck(now);
		const [deck, cards] = await Promise.all([getDeck(id), listCards(id)]);
		return deck ? { deck, cards, saved: true } : null;
	} catch (error) {
		if (!(error instanceof DbUnavailableError) || id !== DEFAULT_DECK_ID) throw error;
		return { ...(await loadDefaultDeck(now)), saved: false };
	}
}

function summarize(deck: Deck, cards: Card[]): DeckSummary {
	return {
		id: deck.id,
		title: deck.title,
		subtitle: deck.subtitle,
		attribution: deck.attribution,
		updatedAt: deck.updatedAt,
		counts: { total: cards.length, new: cards.length, learning: 0, due: 0 }
	};
}

/** Once the person has data worth keeping, ask the browser not to evict it (once). */
export async function keepDataSafe(): Promise<void> {
	const settings = await getSettings();
	if (settings.persistRequested) return;
	await updateSettings({ persistRequested: true });
	await requestPersistence();
}
