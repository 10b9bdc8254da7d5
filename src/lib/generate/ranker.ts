/**
 * Scores candidate cards with a logistic regression learned from blind judges' verdicts (data/ranker.json, made by
 * `npm run train-ranker`): the estimated chance that a teacher accepts the card unedited.
 */
import model from './data/ranker.json' with { type: 'json' };
import type { Candidate } from './candidates.ts';
import type { Features } from './features.ts';

export interface RankerModel {
	bias: number;
	/** Cards scoring at least this ship; chosen on held-out articles for precision. */
	threshold: number;
	weights: Record<string, number>;
}

export const RANKER: RankerModel = model;

export function scoreOf(features: Features, ranker: RankerModel = RANKER): number {
	let z = ranker.bias;
	for (const [name, value] of Object.entries(features)) z += (ranker.weights[name] ?? 0) * value;
	return 1 / (1 + Math.exp(-z));
}

export function rank(candidates: Candidate[], ranker: RankerModel = RANKER): Candidate[] {
	for (const c of candidates) c.score = scoreOf(c.features, ranker);
	return candidates;
}
