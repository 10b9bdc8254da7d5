import { toCard } from '../deck/cards.ts';
import { asksTheSame } from '../deck/edit.ts';
import type { CardContent, Deck, GeneratedDeck } from '../deck/model.ts';
import { saveDeck } from '../db/index.ts';
import { generateInWorker } from '../generate/client.ts';
import { looksEnglish } from '../generate/language.ts';
import type { ArticleFormat } from '../import/index.ts';

export interface Draft {
	id: string;
	text: string;
	generated: GeneratedDeck;
	english: boolean;
}

/** Markdown and HTML become plain text first; their converters load only when such a file is opened. */
async function plainText(text: string, format: ArticleFormat): Promise<string> {
	if (format === 'html') return (await import('../generate/html.ts')).htmlToText(text);
	if (format === 'markdown') return (await import('../generate/markdown.ts')).markdownToText(text);
	return text;
}

/** Generates a deck in a Web Worker, so the page stays responsive; nothing is saved yet. */
export async function draftDeck(
	input: { text: string; format: ArticleFormat },
	onProgress: (fraction: number) => void
): Promise<Draft> {
	const id = crypto.randomUUID();
	const text = await plainText(input.text, input.format);
	const generated = await generateInWorker(text, id, onProgress);
	return { id, text, generated, english: looksEnglish(text) };
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
	const { cards: made, heldBack: _, ...article } = draft.generated;
	const deck: Deck = {
		...article,
		id: draft.id,
		title,
		text: draft.text,
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
