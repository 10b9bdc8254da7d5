import { readFileSync } from 'node:fs';
import type { CardContent } from '../../../src/lib/deck/model.ts';
import { generateDeck } from '../../../src/lib/generate/index.ts';
import type { QuestionContent, SharedQuiz } from '../../../src/lib/quiz/model.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

export const DEFAULT_DECK = generateDeck(read('../../../src/lib/deck/default/sahel-alliance.txt'), {
	deckId: 'sahel-alliance'
});

/** The longest plain-text fixture article stands in for a held-out long article. */
export const LONG_DECK = generateDeck(read('../../fixtures/articles/plate-tectonics.txt'), {
	deckId: 'long'
});

export function toQuestion(card: CardContent): QuestionContent {
	const { type, prompt, answer, choices, evidence } = card;
	if (type === 'mcq' || type === 'truefalse') return { kind: type, prompt, answer, choices, evidence };
	return { kind: 'short', prompt, answer, evidence };
}

/**
 * The longest 10-question quiz a deck allows: one question per sentence (a second one on the same sentence
 * costs a few bytes), longest sentences first, each sentence's wordiest card.
 */
export function longestQuiz(deck: typeof DEFAULT_DECK, count = 10): SharedQuiz {
	const bySentence = new Map<string, CardContent>();
	const weight = (c: CardContent) => c.prompt.length + c.answer.length + (c.choices ?? []).join('').length;
	for (const card of deck.cards) {
		const kept = bySentence.get(card.evidence);
		if (!kept || weight(card) > weight(kept)) bySentence.set(card.evidence, card);
	}
	const cards = [...bySentence.values()]
		.sort((a, b) => b.evidence.length + weight(b) - (a.evidence.length + weight(a)))
		.slice(0, count);
	return {
		title: deck.title,
		...(deck.attribution ? { attribution: deck.attribution } : {}),
		options: { feedback: 'end' },
		questions: cards.map(toQuestion)
	};
}

export function wholeDeckQuiz(deck: typeof DEFAULT_DECK): SharedQuiz {
	return {
		title: deck.title,
		...(deck.attribution ? { attribution: deck.attribution } : {}),
		options: { feedback: 'each' },
		questions: deck.cards.map(toQuestion)
	};
}
