/** Ranks the facts and picks a balanced deck: each answer once before twice, siblings in other forms. */
import type { CardContent, CardType } from '../deck/model.ts';
import type { Analysis } from './analyse.ts';
import { candidates } from './candidates.ts';
import { makeCard, typesFor, type Fact } from './cards.ts';
import type { Sentence } from './mentions.ts';

const MIN_SCORE = 1.5;
const LANGUAGE_FREE = /^(?:year|date|number|country|city)$/;
const SHARE: Record<CardType, number> = { cloze: 0.25, mcq: 0.25, qa: 0.2, short: 0.15, truefalse: 0.15 };

/** Two facts from a sentence, three from a long one. */
const sentenceCap = (s: Sentence) => (s.text.split(/\s+/).length > 25 ? 3 : 2);

/** About one card per 18 words, at least 5. */
export function targetCount(words: number): number {
	return Math.max(5, Math.round(words / 18));
}

/**
 * Picks the deck's cards. In a text that does not look English only what reads the same in any language is asked:
 * numbers, dates and names the gazetteer knows.
 */
export function selectCards(
	analysis: Analysis,
	title: string,
	deckId: string,
	words: number,
	english = true
): CardContent[] {
	const target = targetCount(words);
	// Four in five cards ask a fact of their own; the rest ask a chosen fact again in another form.
	const factTarget = Math.round(target * 0.8);
	const perSentence = new Map<number, number>();
	const perAnswer = new Map<string, number>();
	const chosen: Fact[] = [];
	const taken = new Set<Fact>();
	// Precision over volume: weak candidates (a lone unknown name, a plain term) never fill the deck.
	const facts = candidates(analysis, title).filter(
		(f) =>
			f.score >= MIN_SCORE &&
			typesFor(f).some((t) => t !== 'truefalse') &&
			(english || (LANGUAGE_FREE.test(f.answer.kind) && !f.question))
	);
	// Each answer once before any answer twice.
	const rounds = [
		(inSentence: number, asked: number, cap: number) => inSentence < cap && asked === 0,
		(inSentence: number, asked: number, cap: number) => inSentence < cap && asked < 2
	];
	for (const allowed of rounds)
		for (const f of facts) {
			if (chosen.length >= factTarget) break;
			const inSentence = perSentence.get(f.sentence.index) ?? 0;
			const asked = perAnswer.get(f.answer.key) ?? 0;
			if (taken.has(f) || !allowed(inSentence, asked, sentenceCap(f.sentence))) continue;
			perSentence.set(f.sentence.index, inSentence + 1);
			perAnswer.set(f.answer.key, asked + 1);
			chosen.push(f);
			taken.add(f);
		}
	const counts = new Map<CardType, number>();
	const pick = (types: CardType[]) =>
		types.reduce((best, t) =>
			(counts.get(t) ?? 0) / SHARE[t] < (counts.get(best) ?? 0) / SHARE[best] ? t : best
		);
	const cards: { card: CardContent; order: number }[] = [];
	const ids = new Set<string>();
	const add = (f: Fact, type: CardType) => {
		const card = makeCard(deckId, type, f);
		if (ids.has(card.id)) return false;
		ids.add(card.id);
		counts.set(type, (counts.get(type) ?? 0) + 1);
		cards.push({ card, order: f.sentence.index * 1000 + f.answer.start });
		return true;
	};
	// A true-or-false card alone may not test its fact (a true statement asks nothing): only as a second form.
	for (const f of chosen) add(f, pick(typesFor(f).filter((t) => t !== 'truefalse')));
	// The best facts get a second form, as siblings, while the deck is short of its target.
	for (const f of chosen) {
		if (cards.length >= target) break;
		const used = new Set(cards.filter((c) => c.card.sibling === f.sibling).map((c) => c.card.type));
		// A short answer to the blank or the question already asked would be the same card again.
		const same = (t: CardType) =>
			t === 'short'
				? used.has('cloze') || used.has('qa')
				: (t === 'qa' && used.has('short') && !!f.question) ||
					(t === 'cloze' && used.has('short') && !f.question);
		const rest = typesFor(f).filter((t) => !used.has(t) && !same(t));
		if (cards.filter((c) => c.card.evidence === f.sentence.text).length >= 4) continue;
		if (rest.length) add(f, pick(rest));
	}
	return cards.sort((a, b) => a.order - b.order).map((c) => c.card);
}
