/** The generator: an article in, a deck of cards with their evidence out. Runs in Node, a worker or the browser. */
import type { GeneratedDeck } from '../deck/model.ts';
import { analyse } from './analyse.ts';
import { cleanArticle } from './clean.ts';
import { EmptyTextError, NoSentencesError } from './errors.ts';
import { looksEnglish } from './language.ts';
import { selectCards } from './select.ts';
import { GENERATOR_VERSION } from './version.ts';

export { GenerateError, EmptyTextError, NoSentencesError } from './errors.ts';
export { looksEnglish } from './language.ts';
export { GENERATOR_VERSION } from './version.ts';

export interface GenerateOptions {
	/** Part of every card id, so the same card in two decks never collides. */
	deckId: string;
	/** Called with the share of the work done, from 0 to 1. */
	onProgress?: (fraction: number) => void;
	/** Also the cards below the quality threshold (the person asked for more cards, knowing they may need editing). */
	more?: boolean;
}

export function generateDeck(text: string, options: GenerateOptions): GeneratedDeck {
	if (!text.trim()) throw new EmptyTextError();
	const article = cleanArticle(text);
	const prose = article.blocks.filter((b) => b.kind === 'paragraph');
	const words = prose.reduce((n, b) => n + b.sentences.join(' ').split(/\s+/).length, 0);
	if (!prose.length || !prose.some((b) => b.sentences.some((s) => /\p{L}{2,}.*\s.*\p{L}/u.test(s))))
		throw new NoSentencesError();
	const analysis = analyse(article.blocks, options.onProgress);
	const cards = selectCards(analysis, article.title, options.deckId, words, looksEnglish(text));
	options.onProgress?.(1);
	return { ...article, generatorVersion: GENERATOR_VERSION, cards, heldBack: 0 };
}
