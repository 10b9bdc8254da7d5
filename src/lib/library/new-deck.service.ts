import { toCard } from '../deck/cards.ts';
import type { CardContent, Deck, GeneratedDeck } from '../deck/model.ts';
import { saveDeck } from '../db/index.ts';
import { generateInWorker } from '../generate/client.ts';
import { looksEnglish } from '../generate/language.ts';
import type { ArticleFormat } from '../import/index.ts';
import { loadPart } from '../offline/missing.ts';

export interface Draft {
	id: string;
	text: string;
	generated: GeneratedDeck;
	english: boolean;
}

/** Markdown and HTML become plain text first; their converters load only when such a file is opened. */
async function plainText(text: string, format: ArticleFormat): Promise<string> {
	if (format === 'html')
		return (await loadPart('HTML reading', () => import('../generate/html.ts'))).htmlToText(text);
	if (format === 'markdown')
		return (await loadPart('Markdown reading', () => import('../generate/markdown.ts'))).markdownToText(text);
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
