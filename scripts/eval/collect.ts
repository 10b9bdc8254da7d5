/**
 * Joins the judges' verdicts of a round with the cards they judged and writes the labels (eval/labels/ROUND.json:
 * the article file, the card's fields and each judge's verdict; no article text), then prints the figures.
 *
 *   npm run eval -- collect ROUND
 *
 * Judges' files are `judge-a*.json` and `judge-b*.json` in the round's folder; a card is acceptable only when both
 * judges accept it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { EVAL, roundDir } from './corpus.ts';
import type { EvalCard } from './generate.ts';
import { printFigures, type Label } from './figures.ts';

interface Verdict {
	file: string;
	n: number;
	acceptable: boolean;
	fails?: number[];
	note?: string;
}

function verdictsOf(dir: string, judge: 'a' | 'b'): Map<string, Verdict> {
	const out = new Map<string, Verdict>();
	for (const name of readdirSync(dir).filter((f) => f.startsWith(`judge-${judge}`) && f.endsWith('.json')))
		for (const v of JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as Verdict[])
			out.set(`${v.file.replace(/\.cards\.md$/, '')}#${v.n}`, v);
	return out;
}

/** The fields a label keeps of a card: what the judge saw, and the kind the generator gave its answer. */
function fields(card: EvalCard): Omit<Label, 'file' | 'accept' | 'fails'> {
	const { type, prompt, answer, choices, context, kind, decks } = card;
	return {
		...(decks ? { decks } : {}),
		type,
		prompt,
		answer,
		...(choices ? { choices } : {}),
		...(context ? { context } : {}),
		...(kind ? { kind } : {})
	};
}

export function collect(round: string): Label[] {
	const dir = roundDir(round);
	const judges = [verdictsOf(dir, 'a'), verdictsOf(dir, 'b')];
	const labels: Label[] = [];
	let missing = 0;
	for (const keyFile of readdirSync(`${dir}/key`)) {
		const file = keyFile.replace(/\.json$/, '');
		const cards = JSON.parse(readFileSync(`${dir}/key/${keyFile}`, 'utf8')) as EvalCard[];
		cards.forEach((card, i) => {
			const verdicts = judges.map((j) => j.get(`${file}#${i + 1}`));
			if (verdicts.every((v) => !v)) return void missing++;
			labels.push({
				file,
				...fields(card),
				accept: verdicts.map((v) => v?.acceptable ?? null),
				fails: [...new Set(verdicts.flatMap((v) => v?.fails ?? []))].sort()
			});
		});
	}
	if (missing) console.log(`${missing} cards without a verdict`);
	if (!existsSync(`${EVAL}labels`)) mkdirSync(`${EVAL}labels`);
	writeFileSync(`${EVAL}labels/${round}.json`, JSON.stringify(labels, null, '\t') + '\n');
	printFigures(round, labels);
	for (const deck of ['ranked', 'unranked'])
		if (labels.some((l) => l.decks?.includes(deck)))
			printFigures(
				`${round}, ${deck} deck`,
				labels.filter((l) => l.decks?.includes(deck))
			);
	return labels;
}
