// First half of `npm run train-ranker`: the importance models (src/lib/generate/data/importance.json), learned from
// the key facts teachers wrote for the train and validation articles before seeing any card (eval/gold). A sentence
// is important when a key fact restates it; an answer, when the key fact names it too.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyse } from '../../src/lib/generate/analyse.ts';
import { cleanArticle } from '../../src/lib/generate/clean.ts';
import { vectorOf } from '../../src/lib/generate/features.ts';
import { answerFeatures, sentenceFeatures, type LinearModel } from '../../src/lib/generate/importance.ts';
import type { Features } from '../../src/lib/generate/features.ts';
import { answerKind } from '../../src/lib/generate/kinds.ts';
import { articleStats, contentWords } from '../../src/lib/generate/stats.ts';
import { CORPUS, EVAL, splitOf } from '../eval/corpus.ts';
import { fitLogistic } from './logistic.ts';
import { precisionRecall } from './threshold.ts';

const OUT = new URL('../../src/lib/generate/data/importance.json', import.meta.url);
const tokensOf = (text: string) => new Set([...contentWords(text), ...(text.match(/\d[\d,.]*/g) ?? [])]);

interface Row {
	features: Features;
	label: boolean;
}

const sentences: Row[] = [];
const answers: Row[] = [];
for (const file of [...splitOf('train'), ...splitOf('validation')]) {
	const gold = (
		JSON.parse(readFileSync(`${EVAL}gold/${file.replace(/\.txt$/, '')}.json`, 'utf8')) as { facts: string[] }
	).facts.map(tokensOf);
	const article = cleanArticle(readFileSync(`${CORPUS}${file}`, 'utf8'));
	const { sentences: all } = analyse(article.blocks);
	const stats = articleStats(all, article.title);
	for (const s of all) {
		const words = tokensOf(s.text);
		const overlap = (g: Set<string>) => [...g].filter((w) => words.has(w)).length / Math.max(1, g.size);
		const best = Math.max(0, ...gold.map(overlap));
		sentences.push({ features: sentenceFeatures(s, stats, all.length), label: best >= 0.5 });
		const matched = gold.filter((g) => overlap(g) >= 0.35);
		for (const m of s.mentions) {
			const own = tokensOf(m.text);
			const named = own.size > 0 && matched.some((g) => [...own].every((w) => g.has(w)));
			answers.push({ features: answerFeatures(s, m, answerKind(m, s), stats), label: named });
		}
	}
}

/** Feature names present in the rows, in a fixed order. */
function namesOf(rows: Row[]): string[] {
	return [...new Set(rows.flatMap((r) => Object.keys(r.features)))].sort();
}

function fit(rows: Row[], label: string): LinearModel {
	const names = namesOf(rows);
	const xs = rows.map((r) => vectorOf(r.features, names));
	const m = fitLogistic(
		xs,
		rows.map((r) => (r.label ? 1 : 0)),
		{ l2: 0.01, iterations: 3000, rate: 0.5 }
	);
	const scored = xs.map((x, i) => {
		let z = m.bias;
		x.forEach((v, j) => (z += (m.weights[j] ?? 0) * v));
		return { score: 1 / (1 + Math.exp(-z)), accepted: (rows[i] as Row).label };
	});
	const base = rows.filter((r) => r.label).length / rows.length;
	const at = precisionRecall(scored, 0.5);
	console.log(
		`${label}: ${rows.length} rows, ${(100 * base).toFixed(1)}% key; at 0.5: precision ${(100 * at.precision).toFixed(1)}%, recall ${(100 * at.recall).toFixed(1)}%`
	);
	return {
		bias: Number(m.bias.toFixed(4)),
		weights: Object.fromEntries(names.map((n, j) => [n, Number((m.weights[j] ?? 0).toFixed(4))]))
	};
}

const model = {
	about: 'Learned by npm run train-ranker from eval/gold; do not edit by hand.',
	sentence: fit(sentences, 'sentences'),
	answer: fit(answers, 'answers')
};
writeFileSync(OUT, JSON.stringify(model, null, '\t') + '\n');
console.log(`importance → ${OUT.pathname}`);
