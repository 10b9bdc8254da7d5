import type { AnswerKind, CardContent } from '../deck/model.ts';
import { normalizeAnswer } from '../generate/match.ts';
import { TRUE_FALSE, type Question, type QuestionKind, type QuizSetup } from './model.ts';
import { shuffled } from './random.ts';

type QuizCard = CardContent & { suspended?: boolean };

export interface BuiltQuiz {
	questions: Question[];
	/** How many different facts the deck can ask with the chosen kinds; fewer than asked for is said in the setup. */
	available: number;
}

/** The answers of a deck's cards by the kind the generator gave them: where options come from for cards without. */
export type AnswersByKind = ReadonlyMap<AnswerKind, readonly string[]>;

export function answersByKind(cards: readonly CardContent[]): AnswersByKind {
	const out = new Map<AnswerKind, string[]>();
	const seen = new Set<string>();
	for (const card of cards) {
		if (!card.kind || card.type === 'truefalse') continue;
		const key = `${card.kind}|${normalizeAnswer(card.answer)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		(out.get(card.kind) ?? out.set(card.kind, []).get(card.kind))?.push(card.answer);
	}
	return out;
}

/** Tries to draw this many random picks from a large pool before giving up (keeps a 10,000-card quiz linear). */
const DRAWS = 24;

/**
 * Three wrong options for a card asked as multiple choice: those the generator stored with the card, else answers
 * of other cards of the same stored kind. A card without a kind (made by hand, imported, or older) gets none and is
 * asked as short answer: options are never guessed from an answer's shape.
 */
export function optionsFor(card: CardContent, byKind: AnswersByKind, random: () => number): string[] {
	const stored = card.options ?? card.choices?.filter((c) => c !== card.answer);
	if (card.type !== 'truefalse' && stored && stored.length >= 3) return shuffled(stored, random).slice(0, 3);
	const pool = card.kind ? (byKind.get(card.kind) ?? []) : [];
	const taken = new Set([normalizeAnswer(card.answer)]);
	const prompt = card.prompt.toLowerCase();
	const out: string[] = [];
	for (let draw = 0; draw < DRAWS && out.length < 3 && pool.length > 3; draw++) {
		const option = pool[Math.floor(random() * pool.length)] as string;
		const key = normalizeAnswer(option);
		if (taken.has(key) || prompt.includes(option.toLowerCase())) continue;
		taken.add(key);
		out.push(option);
	}
	return out.length === 3 ? out : [];
}

function question(card: CardContent, kind: QuestionKind, choices?: string[]): Question {
	const { id: cardId, prompt, answer, evidence, context } = card;
	return {
		cardId,
		kind,
		prompt,
		answer,
		evidence,
		...(context ? { context } : {}),
		...(choices ? { choices } : {})
	};
}

/** The ways a card can be asked with the chosen kinds. */
function waysToAsk(
	card: CardContent,
	byKind: AnswersByKind,
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
	else if (allow('mcq')) {
		const options = optionsFor(card, byKind, random);
		if (options.length) ways.push(question(card, 'mcq', shuffled([card.answer, ...options], random)));
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
	const byKind = answersByKind(active);
	const byFact = new Map<string, Question[]>();
	for (const card of shuffled(active, random)) {
		const fact = card.sibling ?? card.id;
		if (byFact.has(fact)) continue;
		const ways = waysToAsk(card, byKind, setup.kinds, random);
		if (ways.length) byFact.set(fact, ways);
	}
	const picked = [...byFact.values()].slice(0, setup.count);
	return {
		questions: picked.map((ways) => ways[Math.floor(random() * ways.length)] as Question),
		available: byFact.size
	};
}
