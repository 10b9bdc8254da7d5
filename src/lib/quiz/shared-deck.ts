import { toCard } from '../deck/cards.ts';
import type { Card, Deck } from '../deck/model.ts';
import type { Question, SharedQuiz } from './model.ts';

export const sharedDeckId = (quizId: string) => `shared-${quizId}`;

/** A shared quiz's questions, with card ids that are stable for that quiz. */
export function sharedQuestions(quiz: SharedQuiz, quizId: string): Question[] {
	return quiz.questions.map((q, i) => ({ ...q, cardId: `${sharedDeckId(quizId)}-${i + 1}` }));
}

/** A shared quiz as a deck of the student's library (origin 'shared'), so it can be retaken offline. */
export function sharedDeck(quiz: SharedQuiz, quizId: string, now: number): { deck: Deck; cards: Card[] } {
	const sentences = [
		...new Set(quiz.questions.flatMap((q) => (q.context ? [q.context, q.evidence] : [q.evidence])))
	];
	const deck: Deck = {
		id: sharedDeckId(quizId),
		title: quiz.title,
		...(quiz.attribution ? { attribution: quiz.attribution } : {}),
		blocks: [{ kind: 'paragraph', sentences }],
		text: sentences.join(' '),
		origin: 'shared',
		createdAt: now,
		updatedAt: now
	};
	const cards = sharedQuestions(quiz, quizId).map(
		({ cardId, kind, prompt, answer, choices, evidence, context }) =>
			toCard(
				{
					id: cardId,
					type: kind,
					prompt,
					answer,
					evidence,
					...(choices ? { choices } : {}),
					...(context ? { context } : {})
				},
				deck.id,
				now
			)
	);
	return { deck, cards };
}
