import type { CardContent } from '../deck/model.ts';
import { normalizeAnswer } from '../generate/match.ts';
import { answerShape } from './answer-kind.ts';
import { TRUE_FALSE, type Question, type QuestionKind, type QuizSetup } from './model.ts';
import { shuffled } from './random.ts';

type QuizCard = CardContent & { suspended?: boolean };

export interface BuiltQuiz {
	questions: Question[];
	/** How many different facts the deck can ask with the chosen kinds; fewer than asked for is said in the setup. */
	available: number;
}

/**
 * Three options for a cloze or Q/A card asked as multiple choice: the other options of a multiple-choice card that
 * offers the same answer (the generator picked them as the same kind of thing), else other cards' answers and options
 * of the same shape. None when the deck has too few (the card is then asked as short answer only).
 */
export function distractorsFor(
	card: CardContent,
	cards: readonly CardContent[],
	random: () => number
): string[] {
	const shape = answerShape(card.answer);
	if (shape === 'list' || shape === 'phrase') return [];
	const key = normalizeAnswer(card.answer);
	const prompt = card.prompt.toLowerCase();
	const usable = (option: string) => answerShape(option) === shape && !prompt.includes(option.toLowerCase());
	const sameKind = cards.find(
		(c) => c.type === 'mcq' && c.choices?.some((choice) => normalizeAnswer(choice) === key)
	);
	const siblings = (sameKind?.choices ?? []).filter((c) => normalizeAnswer(c) !== key && usable(c));
	if (siblings.length >= 3) return shuffled(siblings, random).slice(0, 3);
	const seen = new Set([key]);
	const pool: string[] = [];
	// True/false cards' answers are "True" and "False", never options for a name or a year.
	for (const c of cards.filter((c) => c.type !== 'truefalse')) {
		for (const option of [c.answer, ...(c.type === 'mcq' ? (c.choices ?? []) : [])]) {
			const norm = normalizeAnswer(option);
			if (seen.has(norm) || !usable(option)) continue;
			seen.add(norm);
			pool.push(option);
		}
	}
	return pool.length < 3 ? [] : shuffled(pool, random).slice(0, 3);
}

function question(card: CardContent, kind: QuestionKind, choices?: string[]): Question {
	const { id: cardId, prompt, answer, evidence } = card;
	return { cardId, kind, prompt, answer, evidence, ...(choices ? { choices } : {}) };
}

/** The ways a card can be asked with the chosen kinds. */
function waysToAsk(
	card: CardContent,
	cards: readonly CardContent[],
	kinds: readonly QuestionKind[],
	random: () => number
) {
	const ways: Question[] = [];
	const allow = (kind: QuestionKind) => kinds.includes(kind);
	if (card.type === 'truefalse') {
		if (allow('truefalse')) ways.push(question(card, 'truefalse', [...TRUE_FALSE]));
		return ways;
	}
	if (card.type === 'mcq' && card.choices && allow('mcq')) ways.push(question(card, 'mcq', card.choices));
	else if (card.type !== 'mcq' && allow('mcq')) {
		const distractors = distractorsFor(card, cards, random);
		if (distractors.length) ways.push(question(card, 'mcq', shuffled([card.answer, ...distractors], random)));
	}
	if (allow('short')) ways.push(question(card, 'short'));
	return ways;
}

/**
 * A fresh quiz from a deck's cards: one question per fact (cards that share a sibling key test the same fact),
 * in random order, each card asked in one of the allowed ways.
 */
export function buildQuiz(cards: readonly QuizCard[], setup: QuizSetup, random: () => number): BuiltQuiz {
	const active = cards.filter((card) => !card.suspended);
	const byFact = new Map<string, Question[]>();
	for (const card of shuffled(active, random)) {
		const fact = card.sibling ?? card.id;
		const ways = waysToAsk(card, active, setup.kinds, random);
		if (ways.length && !byFact.has(fact)) byFact.set(fact, ways);
	}
	const picked = [...byFact.values()].slice(0, setup.count);
	return {
		questions: picked.map((ways) => ways[Math.floor(random() * ways.length)] as Question),
		available: byFact.size
	};
}
