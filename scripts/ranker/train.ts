// `npm run train-ranker`: learns the ranker's weights (src/lib/generate/data/ranker.json) from the blind judges'
// labels in eval/labels/. The candidates are made again from ../shared/corpus/ and joined to the labels by their
// fields, so no article text is stored here. Fitted on the train articles; the threshold is chosen on the
// validation articles for precision; the test articles are never read.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { FEATURE_NAMES, vectorOf } from '../../src/lib/generate/features.ts';
import type { Label } from '../eval/figures.ts';
import { EVAL, splitOf } from '../eval/corpus.ts';
import { labelledCandidates, type Example } from './examples.ts';
import { fitLogistic } from './logistic.ts';
import { chooseThreshold, precisionRecall } from './threshold.ts';

const OUT = new URL('../../src/lib/generate/data/ranker.json', import.meta.url);
/** Precision the threshold is chosen for, on the validation articles. */
const TARGET_PRECISION = 0.9;

function readLabels(): Label[] {
	return readdirSync(`${EVAL}labels`)
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => JSON.parse(readFileSync(`${EVAL}labels/${f}`, 'utf8')) as Label[]);
}

// The test articles' labels (the final judgement) are never used to fit or tune anything.
const test = new Set(splitOf('test'));
const labels = readLabels().filter((l) => !test.has(l.file));
const train = new Set(splitOf('train'));
const validation = new Set(splitOf('validation'));

const { examples, unmatched } = labelledCandidates(
	labels.filter((l) => train.has(l.file) || validation.has(l.file))
);
const fitSet = examples.filter((e) => train.has(e.file));
const holdOut = examples.filter((e) => validation.has(e.file));
console.log(
	`${labels.length} labels; ${examples.length} joined to today's candidates (${unmatched} no longer made); ` +
		`${fitSet.length} to fit, ${holdOut.length} held out`
);

const model = fitLogistic(
	fitSet.map((e) => vectorOf(e.features)),
	fitSet.map((e) => (e.accepted ? 1 : 0)),
	{ l2: 0.02, iterations: 4000, rate: 0.3 }
);
const score = (e: Example) => {
	let z = model.bias;
	vectorOf(e.features).forEach((x, i) => (z += (model.weights[i] ?? 0) * x));
	return 1 / (1 + Math.exp(-z));
};
const scored = (set: Example[]) => set.map((e) => ({ score: score(e), accepted: e.accepted }));
const threshold = chooseThreshold(scored(holdOut.length ? holdOut : fitSet), TARGET_PRECISION);
const report = (name: string, set: Example[]) => {
	const { precision, recall, kept } = precisionRecall(scored(set), threshold);
	const base = set.filter((e) => e.accepted).length / (set.length || 1);
	console.log(
		`${name}: ${set.length} cards, ${(100 * base).toFixed(1)}% accepted; at threshold ${threshold.toFixed(3)}: ` +
			`${kept} kept, precision ${(100 * precision).toFixed(1)}%, recall ${(100 * recall).toFixed(1)}%`
	);
	return { cards: set.length, accepted: base, kept, precision, recall };
};
// Leave one article out: each train article scored by a model fitted on the others, an honest estimate.
const articles = [...new Set(fitSet.map((e) => e.file))];
const crossScored = articles.flatMap((file) => {
	const rest = fitSet.filter((e) => e.file !== file);
	const m = fitLogistic(
		rest.map((e) => vectorOf(e.features)),
		rest.map((e) => (e.accepted ? 1 : 0)),
		{ l2: 0.02, iterations: 1500, rate: 0.3 }
	);
	return fitSet
		.filter((e) => e.file === file)
		.map((e) => {
			let z = m.bias;
			vectorOf(e.features).forEach((x, i) => (z += (m.weights[i] ?? 0) * x));
			return { score: 1 / (1 + Math.exp(-z)), accepted: e.accepted };
		});
});
for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85]) {
	const { precision, recall, kept } = precisionRecall(crossScored, t);
	console.log(
		`  cross-validated at ${t}: ${kept} kept, precision ${(100 * precision).toFixed(1)}%, recall ${(100 * recall).toFixed(1)}%`
	);
}
// A deck's worth per article: the best-scored labelled cards, 3.2 per 100 words, one per fact.
{
	const byFile = new Map<string, { score: number; accepted: boolean; sibling: string; words: number }[]>();
	articles.forEach((file) => byFile.set(file, []));
	let i = 0;
	for (const file of articles)
		for (const e of fitSet.filter((x) => x.file === file)) {
			const s = crossScored[i++] as { score: number; accepted: boolean };
			byFile.get(file)?.push({ ...s, sibling: e.sibling, words: e.words });
		}
	let kept = 0;
	let good = 0;
	for (const list of byFile.values()) {
		const n = Math.ceil(((list[0]?.words ?? 0) * 3.2) / 100);
		const seen = new Set<string>();
		const deck = list
			.sort((a, b) => b.score - a.score)
			.filter((x) => !seen.has(x.sibling) && seen.add(x.sibling))
			.slice(0, n);
		kept += deck.length;
		good += deck.filter((x) => x.accepted).length;
	}
	console.log(
		`  cross-validated decks of 3.2 cards per 100 words: ${kept} cards, ${((100 * good) / kept).toFixed(1)}% accepted`
	);
}
const fit = report('fit (train articles)', fitSet);
const held = report('held out (validation articles)', holdOut);

const weights: Record<string, number> = Object.fromEntries(
	FEATURE_NAMES.map((name, i) => [name, Number((model.weights[i] ?? 0).toFixed(4))]).filter(
		([, w]) => w !== 0
	)
);
writeFileSync(
	OUT,
	JSON.stringify(
		{
			about:
				'Learned by npm run train-ranker from eval/labels (logistic regression, L2); do not edit by hand.',
			trained: {
				labels: labels.length,
				joined: examples.length,
				fit,
				heldOut: held,
				targetPrecision: TARGET_PRECISION
			},
			bias: Number(model.bias.toFixed(4)),
			threshold: Number(threshold.toFixed(4)),
			weights
		},
		null,
		'\t'
	) + '\n'
);
console.log(`weights → ${OUT.pathname}`);
const top = Object.entries(weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(
	'strongest: ' +
		top
			.slice(0, 16)
			.map(([n, w]) => `${n} ${w > 0 ? '+' : ''}${w}`)
			.join(', ')
);
