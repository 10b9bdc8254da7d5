/** Labelled cards joined to the candidates the generator makes today, with their features. */
import { readFileSync } from 'node:fs';
import type { Features } from '../../src/lib/generate/features.ts';
import { makeCard } from '../../src/lib/generate/cards.ts';
import { generateCandidates } from '../../src/lib/generate/index.ts';
import { CORPUS } from '../eval/corpus.ts';
import { acceptable, type Label } from '../eval/figures.ts';

export interface Example {
	file: string;
	features: Features;
	accepted: boolean;
	/** The fact the card asks (cards of one fact are alternatives), and the article's length in words. */
	sibling: string;
	words: number;
}

/** A card's identity as a judge saw it: type, context, prompt, answer and options (in any order). */
export function cardKey(c: {
	type: string;
	prompt: string;
	answer: string;
	choices?: string[];
	context?: string;
}): string {
	return [c.type, c.context ?? '', c.prompt, c.answer, [...(c.choices ?? [])].sort().join('|')].join(
		'\u0000'
	);
}

export function labelledCandidates(labels: Label[]): { examples: Example[]; unmatched: number } {
	const byFile = new Map<string, Label[]>();
	for (const l of labels) (byFile.get(l.file) ?? byFile.set(l.file, []).get(l.file))?.push(l);
	const examples: Example[] = [];
	let unmatched = 0;
	for (const [file, list] of byFile) {
		const { ranked, words } = generateCandidates(readFileSync(`${CORPUS}${file}`, 'utf8'), { deckId: file });
		const byKey = new Map(ranked.map((c) => [cardKey(makeCard(file, c)), c]));
		// A card judged twice (in two rounds) counts once, accepted only if every verdict accepts it.
		const verdicts = new Map<string, boolean>();
		for (const l of list) {
			const key = cardKey(l);
			verdicts.set(key, (verdicts.get(key) ?? true) && acceptable(l));
		}
		for (const [key, accepted] of verdicts) {
			const c = byKey.get(key);
			if (c) examples.push({ file, features: c.features, accepted, sibling: c.fact.sibling, words });
			else unmatched++;
		}
	}
	return { examples, unmatched };
}
