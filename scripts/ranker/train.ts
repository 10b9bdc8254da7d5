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

const labels = readLabels();
const test = new Set(splitOf('test'));
if (labels.some((l) => test.has(l.file)))
	throw new Error('Labels of test articles must not train the ranker.');
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
