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
export const FLOOR = 0.3;
const LANGUAGE_FREE = new Set(['year', 'date', 'number', 'quantity', 'country', 'city']);

export interface Selection {
	cards: Candidate[];
	/** Candidates between the floor and the threshold that a "more cards" request would add. */
	heldBack: Candidate[];
}

const sentenceCap = (c: Candidate) => (c.fact.sentence.text.split(/\s+/).length > 25 ? 3 : 2);

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
	const min = Math.min(max, Math.max(5, Math.ceil((words * MIN_DENSITY) / 100)));
	const pool = ranked
		.filter((c) => c.score >= FLOOR && allowed(c, options.english))
		.sort((a, b) => b.score - a.score);
	const chosen: Candidate[] = [];
	const facts = new Set<string>();
	const prompts = new Set<string>();
	const perSentence = new Map<number, Candidate[]>();
	const perType = new Map<CardType, number>();
	const fits = (c: Candidate, round: number) => {
		const here = perSentence.get(c.fact.sentence.index) ?? [];
		if (
			facts.has(c.fact.sibling) ||
			prompts.has(c.prompt) ||
			here.length > round ||
			here.length >= sentenceCap(c)
		)
			return false;
		// A true-or-false statement shows the whole sentence: it would answer every other card of it.
		return !(c.type === 'truefalse' ? here.length : here.some((o) => o.type === 'truefalse'));
	};
	const take = (c: Candidate) => {
		chosen.push(c);
		facts.add(c.fact.sibling);
		prompts.add(c.prompt);
		perSentence.set(c.fact.sentence.index, [...(perSentence.get(c.fact.sentence.index) ?? []), c]);
		perType.set(c.type, (perType.get(c.type) ?? 0) + 1);
	};
	// A type already common gives way to a rarer one of nearly the same score.
	const balanced = (c: Candidate) => c.score - 0.02 * (perType.get(c.type) ?? 0);
	const fill = (bar: number, limit: number) => {
		for (let round = 0; round < 3; round++)
			for (;;) {
				const best = pool
					.filter((c) => c.score >= bar && fits(c, round))
					.reduce<Candidate | undefined>((a, c) => (!a || balanced(c) > balanced(a) ? c : a), undefined);
				if (!best || chosen.length >= limit) break;
				take(best);
			}
	};
	fill(options.threshold, max);
	// Too few for the article's length: the best of the rest, still above the floor.
	if (chosen.length < min || options.more) fill(FLOOR, options.more ? max : min);
	const heldBack = options.more
		? []
		: pool
				.filter((c) => c.score < options.threshold && fits(c, 2))
				.slice(0, Math.max(0, max - chosen.length));
	return { cards: chosen, heldBack };
}
