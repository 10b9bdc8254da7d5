import { toCard } from '../deck/cards.ts';
import type { CardContent, Deck, GeneratedDeck } from '../deck/model.ts';
import { saveDeck } from '../db/index.ts';
import { generateInWorker } from '../generate/client.ts';
import { looksEnglish } from '../generate/language.ts';
import type { ArticleSource } from '../import/index.ts';

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
	const { extractArticle } = await import('../extract/index.ts');
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

/** Saves the reviewed deck and its cards in one transaction. */
export async function saveDraft(
	draft: Draft,
	title: string,
	cards: CardContent[],
	now: number
): Promise<Deck> {
	// heldBack is the generator's answer, not the deck's: kept out of the stored record.
	const { cards: _, heldBack: __, ...article } = draft.generated;
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
	await saveDeck(
		deck,
		cards.map((card) => toCard(card, deck.id, now))
	);
	return deck;
}
