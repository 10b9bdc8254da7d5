/**
 * Writes cards for blind judges, exactly as a student sees them: shuffled, numbered, with their context line and
 * options, and nothing else (no ids, scores or kinds). A key beside them maps each number back to the card's fields.
 *
 *   npm run eval -- cards ROUND (--set test|validation|train | FILE…) [--candidates N [--top F] | --compare]
 *
 * Without --candidates the shipped deck is written; with it, up to N candidates per article sampled evenly over
 * the ranker's whole score range (labels for training must not come only from cards that would ship), or over its
 * best fraction F (--top 0.5: the better half), to judge more of the cards near the threshold. With --compare, the
 * shipped deck and as many cards chosen without the ranker, mixed (the key says which deck holds each card).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CardContent } from '../../src/lib/deck/model.ts';
import { seededShuffle } from '../../src/lib/generate/hash.ts';
import { articleFiles, readArticle, roundDir } from './corpus.ts';
import { cardKey } from '../ranker/examples.ts';
import { generateForEval, unrankedDeck, type EvalCard } from './generate.ts';

const TYPE_NAMES: Record<CardContent['type'], string> = {
	cloze: 'Fill in the blank',
	qa: 'Question (flashcard: think of the answer, then turn the card)',
	mcq: 'Multiple choice',
	truefalse: 'True or false',
	short: 'Short answer (type the answer)'
};

export function renderCard(card: EvalCard, n: number): string {
	const lines = [`### Card ${n}`, `Type: ${TYPE_NAMES[card.type]}`];
	if (card.context) lines.push(`Context: ${card.context}`);
	lines.push(`Prompt: ${card.prompt}`);
	if (card.type === 'mcq' && card.choices)
		lines.push(`Options: ${card.choices.map((c, i) => `(${'ABCD'[i]}) ${c}`).join('  ')}`);
	lines.push(`Answer: ${card.answer}`, '');
	return lines.join('\n');
}

/** Up to `n` cards spread evenly over the list sorted by score, so that every part of the range is judged. */
export function spread<T>(sorted: readonly T[], n: number): T[] {
	if (sorted.length <= n) return [...sorted];
	return Array.from({ length: n }, (_, i) => sorted[Math.floor((i * sorted.length) / n)] as T);
}

/** Both decks' cards once each, marked with the decks that hold them. */
function compared(ranked: EvalCard[], unranked: EvalCard[]): EvalCard[] {
	const byKey = new Map<string, EvalCard>();
	for (const [deck, cards] of [
		['ranked', ranked],
		['unranked', unranked]
	] as const)
		for (const c of cards) {
			const key = cardKey(c);
			const seen = byKey.get(key);
			if (seen) seen.decks?.push(deck);
			else byKey.set(key, { ...c, decks: [deck] });
		}
	return [...byKey.values()];
}

export function writeCards(round: string, args: string[]): void {
	const limit = args.includes('--candidates') ? Number(args[args.indexOf('--candidates') + 1]) : undefined;
	const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 1;
	const dir = roundDir(round);
	mkdirSync(`${dir}/cards`, { recursive: true });
	mkdirSync(`${dir}/key`, { recursive: true });
	let total = 0;
	for (const file of articleFiles(args)) {
		const { shipped, candidates } = generateForEval(readArticle(file), file);
		const chosen = args.includes('--compare')
			? compared(shipped, unrankedDeck(readArticle(file), file, shipped.length))
			: limit
				? spread(candidates.slice(0, Math.ceil(candidates.length * top)), limit)
				: shipped;
		const cards = seededShuffle(chosen, `${round}|${file}`);
		const text = [`# Cards for ${file}`, '', ...cards.map((c, i) => renderCard(c, i + 1))].join('\n');
		writeFileSync(`${dir}/cards/${file}.cards.md`, text);
		writeFileSync(`${dir}/key/${file}.json`, JSON.stringify(cards, null, '\t') + '\n');
		total += cards.length;
		console.log(`${file}: ${cards.length} cards`);
	}
	console.log(`${total} cards in ${dir}/cards`);
}
