/** The generator as the evaluation sees it: the deck it ships, the deck it would ship unranked, every candidate. */
import type { CardContent } from '../../src/lib/deck/model.ts';
import { makeCard } from '../../src/lib/generate/cards.ts';
import { generateCandidates, generateDeck } from '../../src/lib/generate/index.ts';
import { RANKER } from '../../src/lib/generate/ranker.ts';
import { selectCards } from '../../src/lib/generate/select.ts';

export type EvalCard = CardContent & { score?: number; decks?: string[] };

export function generateForEval(text: string, file: string): { shipped: EvalCard[]; candidates: EvalCard[] } {
	const { ranked } = generateCandidates(text, { deckId: file });
	const candidates = [...ranked]
		.sort((a, b) => b.score - a.score)
		.map((c) => ({ ...makeCard(file, c), score: c.score }));
	return { shipped: generateDeck(text, { deckId: file }).cards, candidates };
}

/**
 * The same number of cards chosen without the ranker: every candidate scored alike, so the selection's own rules
 * (one card a fact, two a sentence, types in balance) pick them in the article's order. The baseline for
 * "precision at equal coverage with and without the ranker".
 */
export function unrankedDeck(text: string, file: string, count: number): EvalCard[] {
	const { ranked, words } = generateCandidates(text, { deckId: file });
	const flat = ranked.map((c) => ({ ...c, score: 0.5 }));
	const { cards } = selectCards(flat, words, { threshold: RANKER.threshold, english: true, more: true });
	return cards.slice(0, count).map((c) => makeCard(file, c));
}
