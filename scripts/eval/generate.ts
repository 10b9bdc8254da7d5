/** The generator as the evaluation sees it: the deck it ships and every candidate it considered. */
import type { CardContent } from '../../src/lib/deck/model.ts';
import { generateDeck } from '../../src/lib/generate/index.ts';

export type EvalCard = CardContent & { context?: string; kind?: string };

export function generateForEval(text: string, file: string): { shipped: EvalCard[]; candidates: EvalCard[] } {
	const deck = generateDeck(text, { deckId: file });
	return { shipped: deck.cards, candidates: [] };
}
