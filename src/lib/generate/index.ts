// Placeholder until the generator lands (issue 3): title and paragraphs only, no cards.
import type { GeneratedDeck } from '../deck/model.ts';

export interface GenerateOptions {
	/** Part of every card id, so the same card in two decks never collides. */
	deckId: string;
}

export function generateDeck(text: string, _options: GenerateOptions): GeneratedDeck {
	const [first = '', ...rest] = text.trim().split(/\n\s*\n/);
	return {
		title: first.trim(),
		blocks: rest.map((p) => ({ kind: 'paragraph', sentences: [p.trim()] })),
		cards: []
	};
}
