import { toCard } from '../deck/cards.ts';
import { asksTheSame } from '../deck/edit.ts';
import type { CardContent, Deck, GeneratedDeck } from '../deck/model.ts';
import { saveDeck } from '../db/index.ts';
import { generateInWorker } from '../generate/client.ts';
import { looksEnglish } from '../generate/language.ts';
import type { ArticleSource } from '../import/index.ts';
import { loadPart } from '../offline/missing.ts';

export interface Draft {
	id: string;
	/** The article's plain text, as extracted from a file or page; kept on the deck. */
	text: string;
	/** Where the article came from: a file's name, a web site or a shared link. */
	source?: string;
	generated: GeneratedDeck;
	english: boolean;
}

/** The share of the progress bar that reading a PDF or Word file takes; making the cards takes the rest. */
const READING = 0.4;

/**
 * Extracts the article's text (each format's reader loads on first use), then generates a deck in a Web Worker so
 * the page stays responsive; nothing is saved yet. `source` names where the article came from, when known.
 */
export async function draftDeck(
	input: ArticleSource,
	onProgress: (fraction: number) => void,
	source?: string
): Promise<Draft> {
	const id = crypto.randomUUID();
	const document = input.format === 'pdf' || input.format === 'docx';
	// The readers stay out of the first load: this service is on the home page's path.
	const { extractArticle } = await loadPart('Reading articles', () => import('../extract/index.ts'));
	const extracted = await extractArticle(input, (f) => onProgress(f * READING));
	const start = document ? READING : 0;
	const generated = await generateInWorker(extracted.text, id, (f) => onProgress(start + f * (1 - start)));
	const from = extracted.site ?? input.name ?? source;
	return {
		id,
		text: extracted.text,
		...(from ? { source: from } : {}),
		generated,
		english: looksEnglish(extracted.text)
	};
}

/** Whether to offer more cards: the generator held some back, and the deck is short for the article's length. */
export function offersMoreCards(draft: Draft): boolean {
	const { heldBack, cards } = draft.generated;
	const words = draft.text.split(/\s+/).filter(Boolean).length;
	return heldBack > 0 && (cards.length < 10 || cards.length < (3 * words) / 100);
}

/** The cards the generator held back below its quality threshold: generated again with them, the new ones only. */
export async function draftMoreCards(
	draft: Draft,
	onProgress: (fraction: number) => void
): Promise<CardContent[]> {
	const generated = await generateInWorker(draft.text, draft.id, onProgress, true);
	const known = new Set(draft.generated.cards.map((card) => card.id));
	return generated.cards.filter((card) => !known.has(card.id));
}

/**
 * Saves the reviewed deck and its cards in one transaction. Cards still as the generator first made them are marked
 * `generated`; those the person wrote, edited or asked for as more cards are theirs, which regenerating keeps.
 */
export async function saveDraft(
	draft: Draft,
	title: string,
	cards: CardContent[],
	now: number
): Promise<Deck> {
	// heldBack is the generator's answer, not the deck's: kept out of the stored record.
	const { cards: made, heldBack: _, ...article } = draft.generated;
	const deck: Deck = {
		...article,
		id: draft.id,
		title,
		text: draft.text,
		...(draft.source ? { source: draft.source } : {}),
		origin: 'user',
		createdAt: now,
		updatedAt: now
	};
	const asMade = new Map(made.map((card) => [card.id, card]));
	await saveDeck(
		deck,
		cards.map((content) => {
			const card = toCard(content, deck.id, now);
			const original = asMade.get(content.id);
			return original && asksTheSame(original, content) ? { ...card, generated: true } : card;
		})
	);
	return deck;
}
