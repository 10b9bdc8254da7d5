import { toCard } from '../deck/cards.ts';
import type { CardContent, Deck, GeneratedDeck } from '../deck/model.ts';
import { saveDeck } from '../db/index.ts';
import { generateInWorker } from '../generate/client.ts';
import { looksEnglish } from '../generate/language.ts';
import type { ArticleFormat } from '../import/index.ts';
import { normalizeText } from '../text/normalize.ts';

export interface Draft {
	id: string;
	text: string;
	generated: GeneratedDeck;
	english: boolean;
}

/**
 * The article as the deck keeps it: Markdown and HTML become plain text first (their converters load only when such
 * a file is opened), then the text is normalised, so cards never carry invisible or direction characters.
 */
export async function articleText({
	text,
	format
}: {
	text: string;
	format: ArticleFormat;
}): Promise<string> {
	if (format === 'html') text = (await import('../generate/html.ts')).htmlToText(text);
	if (format === 'markdown') text = (await import('../generate/markdown.ts')).markdownToText(text);
	return normalizeText(text);
}

/** Generates a deck in a Web Worker, so the page stays responsive; nothing is saved yet. */
export async function draftDeck(
	input: { text: string; format: ArticleFormat },
	onProgress: (fraction: number) => void
): Promise<Draft> {
	const id = crypto.randomUUID();
	const text = await articleText(input);
	const generated = await generateInWorker(text, id, onProgress);
	return { id, text, generated, english: looksEnglish(text) };
}

/** Saves the reviewed deck and its cards in one transaction. */
export async function saveDraft(
	draft: Draft,
	title: string,
	cards: CardContent[],
	now: number
): Promise<Deck> {
	const { cards: _, ...article } = draft.generated;
	const deck: Deck = {
		...article,
		id: draft.id,
		title,
		text: draft.text,
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
