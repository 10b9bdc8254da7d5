/** The generator as the evaluation sees it: the deck it ships and every candidate it considered, best first. */
import type { CardContent } from '../../src/lib/deck/model.ts';
import { makeCard } from '../../src/lib/generate/cards.ts';
import { generateCandidates, generateDeck } from '../../src/lib/generate/index.ts';

export type EvalCard = CardContent & { score?: number };

export function generateForEval(text: string, file: string): { shipped: EvalCard[]; candidates: EvalCard[] } {
	const { ranked } = generateCandidates(text, { deckId: file });
	const candidates = [...ranked]
		.sort((a, b) => b.score - a.score)
		.map((c) => ({ ...makeCard(file, c), score: c.score }));
	return { shipped: generateDeck(text, { deckId: file }).cards, candidates };
}
