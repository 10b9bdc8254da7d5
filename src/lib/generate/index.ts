/** The generator: an article in, a deck of cards with their evidence out. Runs in Node, a worker or the browser. */
import type { GeneratedDeck } from '../deck/model.ts';
import { analyse } from './analyse.ts';
import { candidates, type Candidate } from './candidates.ts';
import { makeCard } from './cards.ts';
import { cleanArticle } from './clean.ts';
import { EmptyTextError, NoSentencesError } from './errors.ts';
import { looksEnglish } from './language.ts';
import { rank, RANKER } from './ranker.ts';
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

/** Every candidate card of an article, ranked, and the cards chosen from them (for the evaluation tools). */
export function generateCandidates(text: string, options: GenerateOptions) {
	if (!text.trim()) throw new EmptyTextError();
	const article = cleanArticle(text);
	const prose = article.blocks.filter((b) => b.kind === 'paragraph');
	const words = prose.reduce((n, b) => n + b.sentences.join(' ').split(/\s+/).length, 0);
	if (!prose.length || !prose.some((b) => b.sentences.some((s) => /\p{L}{2,}.*\s.*\p{L}/u.test(s))))
		throw new NoSentencesError();
	const analysis = analyse(article.blocks, options.onProgress);
	const ranked: Candidate[] = rank(candidates(analysis, article.title));
	options.onProgress?.(0.95);
	const selection = selectCards(ranked, words, {
		threshold: RANKER.threshold,
		english: looksEnglish(text),
		more: options.more ?? false
	});
	return { article, words, ranked, selection };
}

export function generateDeck(text: string, options: GenerateOptions): GeneratedDeck {
	const { article, selection } = generateCandidates(text, options);
	const order = (c: Candidate) => c.fact.sentence.index * 10_000 + c.fact.answer.start;
	const cards = [...selection.cards]
		.sort((a, b) => order(a) - order(b))
		.map((c) => makeCard(options.deckId, c));
	options.onProgress?.(1);
	return { ...article, generatorVersion: GENERATOR_VERSION, cards, heldBack: selection.heldBack.length };
}
