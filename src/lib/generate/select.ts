/**
 * Picks the deck from the ranked candidates: cards the ranker expects a teacher to accept, one card per fact,
 * spread over the whole article (every sentence's best card before any sentence's second), at most two cards from
 * a sentence (three from a long one), the card types kept in balance.
 */
import type { CardType } from '../deck/model.ts';
import type { Candidate } from './candidates.ts';

/** Density bounds in cards per 100 words: enough to cover the article, never a flood. */
export const MIN_DENSITY = 3.2;
export const MAX_DENSITY = 5;
/** Below this no card ships, whatever the density (the "more cards" choice goes down to it). */
export const FLOOR = 0.2;
const LANGUAGE_FREE = new Set(['year', 'date', 'number', 'quantity', 'country', 'city']);
const TRUE_FALSE_SHARE = 0.2;
/** The mix of types a deck aims at: every way of asking, none dominating. */
const SHARE: Record<CardType, number> = { cloze: 0.25, short: 0.2, mcq: 0.2, qa: 0.15, truefalse: 0.2 };
const DECK_SIZE = 20;

export interface Selection {
	cards: Candidate[];
	/** Candidates between the floor and the threshold that a "more cards" request would add. */
	heldBack: Candidate[];
}

/** Two cards that ask alike: a blank typed or written (cloze, short) and its multiple-choice form are one question. */
function sameForm(a: Candidate, b: Candidate): boolean {
	const blankish = (c: Candidate) =>
		c.type === 'cloze' || c.type === 'short' || (c.type === 'mcq' && c.prompt.includes('_____'));
	return (
		a.type === b.type ||
		a.prompt === b.prompt ||
		(blankish(a) && blankish(b)) ||
		a.type === 'truefalse' ||
		b.type === 'truefalse'
	);
}

const sentenceCap = (c: Candidate) => (c.fact.sentence.tokens.length > 25 ? 3 : 2);
/** The balancing below moves a score by less than this, so only candidates this close to the best are compared. */
const BALANCE_RANGE = 0.45;

/**
 * In a text that does not look English only what reads the same in any language is asked: numbers, dates and
 * names the gazetteer knows, as blanks.
 */
function allowed(c: Candidate, english: boolean): boolean {
	return english || (c.type === 'cloze' && LANGUAGE_FREE.has(c.fact.kind));
}

export function selectCards(
	ranked: Candidate[],
	words: number,
	options: { threshold: number; english: boolean; more: boolean }
): Selection {
	const max = Math.max(5, Math.round((words * MAX_DENSITY) / 100));
	// A deck worth studying has about twenty cards: a short article gets up to the maximum density to reach them.
	const min = Math.min(max, Math.max(5, Math.ceil((words * MIN_DENSITY) / 100), Math.min(DECK_SIZE, max)));
	const pool = ranked
		.filter((c) => c.score >= FLOOR && allowed(c, options.english))
		.sort((a, b) => b.score - a.score);
	const chosen: Candidate[] = [];
	const facts = new Set<string>();
	const prompts = new Set<string>();
	const perSentence = new Map<number, Candidate[]>();
	const perType = new Map<CardType, number>();
	/** Facts asked twice, in the last round: a second form (a question for a blank), never the same prompt. */
	let secondForms = false;
	const fits = (c: Candidate, round: number) => {
		const here = perSentence.get(c.fact.sentence.index) ?? [];
		const again = facts.has(c.fact.sibling);
		if (again && (!secondForms || here.some((o) => o.fact.sibling === c.fact.sibling && sameForm(o, c))))
			return false;
		if (prompts.has(c.prompt) || here.length > round || here.length >= sentenceCap(c)) return false;
		// One answer at most twice in a deck ("Lord _____" → Byron thirteen times asks one thing thirteen times).
		if (c.type !== 'truefalse' && (answers.get(c.answer.toLowerCase()) ?? 0) >= 2) return false;
		// True-or-false cards stay a fifth of the deck, with at most two more true statements than false ones: a
		// deck whose statements are all true is answered by always saying "true".
		if (c.type === 'truefalse') {
			if (trueCount + falseCount + 1 > Math.max(1, Math.round(max * TRUE_FALSE_SHARE))) return false;
			if (c.truth && trueCount + 1 > falseCount + 2) return false;
		}
		// A true-or-false statement shows the whole sentence: it would answer every other card of it (only a deck
		// short of its size takes both).
		if (secondForms) return true;
		return !(c.type === 'truefalse' ? here.length : here.some((o) => o.type === 'truefalse'));
	};
	const taken = new Set<Candidate>();
	const answers = new Map<string, number>();
	/** Candidates whose fact is asked: skipped until the round of second forms. */
	const asked = new Set<Candidate>();
	let trueCount = 0;
	let falseCount = 0;
	const take = (c: Candidate) => {
		taken.add(c);
		chosen.push(c);
		if (c.type !== 'truefalse')
			answers.set(c.answer.toLowerCase(), (answers.get(c.answer.toLowerCase()) ?? 0) + 1);
		if (c.type === 'truefalse') {
			if (c.truth) trueCount++;
			else falseCount++;
		}
		facts.add(c.fact.sibling);
		prompts.add(c.prompt);
		perSentence.set(c.fact.sentence.index, [...(perSentence.get(c.fact.sentence.index) ?? []), c]);
		perType.set(c.type, (perType.get(c.type) ?? 0) + 1);
	};
	// A type already common gives way to a rarer one of nearly the same score, and a true statement to a false one
	// when the deck already holds more true ones: a deck whose statements are all true teaches nothing.
	const truth = (t: boolean) => (t ? trueCount : falseCount);
	// A true statement shows a whole sentence: where the sentence can be asked by a blank or a question, that asks more.
	const askable = new Set(pool.filter((c) => c.type !== 'truefalse').map((c) => c.fact.sentence.index));
	const balanced = (c: Candidate) =>
		c.score -
		(c.type === 'truefalse' && c.truth && askable.has(c.fact.sentence.index) ? 0.15 : 0) -
		// A type below its share of the deck is preferred, one above it passed over.
		0.6 * ((perType.get(c.type) ?? 0) / Math.max(1, chosen.length) - SHARE[c.type]) -
		(c.type === 'truefalse'
			? 0.08 * Math.min(2, Math.max(0, truth(c.truth === true) - truth(c.truth !== true)))
			: 0);
	// The pool is sorted by score: each pick looks at the best fitting candidate and those close enough to it
	// for the balancing to matter, so a long article stays linear rather than quadratic.
	const fill = (bar: number, limit: number) => {
		for (let round = 0; round < 3; round++)
			while (chosen.length < limit) {
				let best: Candidate | undefined;
				for (const c of pool) {
					if (c.score < bar || (best && c.score < best.score - BALANCE_RANGE)) break;
					if (taken.has(c) || (!secondForms && asked.has(c))) continue;
					// Out for good: its fact asked (outside the second-form round), its prompt used, its sentence full.
					const full = (perSentence.get(c.fact.sentence.index)?.length ?? 0) >= sentenceCap(c);
					if (prompts.has(c.prompt) || full) {
						taken.add(c);
						continue;
					}
					if (facts.has(c.fact.sibling) && !secondForms) {
						asked.add(c);
						continue;
					}
					if (!fits(c, round)) continue;
					if (!best || balanced(c) > balanced(best)) best = c;
				}
				if (!best) break;
				take(best);
			}
	};
	fill(options.threshold, max);
	// Too few for the article's length: the best of the rest, still above the floor; then, when every fact the
	// article allows is asked, the best facts in a second form.
	if (chosen.length < min || options.more) fill(FLOOR, options.more ? max : min);
	if (chosen.length < min) {
		secondForms = true;
		fill(FLOOR, min);
		secondForms = false;
	}
	const heldBack = options.more
		? []
		: pool
				.filter((c) => c.score < options.threshold && fits(c, 2))
				.slice(0, Math.max(0, max - chosen.length));
	return { cards: chosen, heldBack };
}
