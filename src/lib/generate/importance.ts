/**
 * How likely a sentence, and an answer in it, is to be a fact a teacher would test: two small logistic models
 * learned from key facts that teachers wrote for corpus articles without seeing any card (eval/gold, by
 * `npm run train-ranker`). Their estimates are features of the card ranker.
 */
import model from './data/importance.json' with { type: 'json' };
import type { AnswerKind } from '../deck/model.ts';
import type { Features } from './features.ts';
import type { Mention, Sentence } from './mentions.ts';
import { contentWords, type ArticleStats } from './stats.ts';

export interface LinearModel {
	bias: number;
	weights: Record<string, number>;
}

export const IMPORTANCE: { sentence: LinearModel; answer: LinearModel } = model;

export function probability(features: Features, m: LinearModel): number {
	let z = m.bias;
	for (const [name, value] of Object.entries(features)) z += (m.weights[name] ?? 0) * value;
	return 1 / (1 + Math.exp(-z));
}

/** Words that tend to mark a central fact, or a side detail. */
export const CUES: [string, RegExp][] = [
	[
		'cue:superlative',
		/\b(?:first|only|largest|biggest|longest|highest|oldest|youngest|greatest|record|most|best-known|main|major|leading)\b/i
	],
	[
		'cue:origin',
		/\b(?:found(?:ed|s)?|establish(?:ed|es)?|invent(?:ed|s)?|discover(?:ed|s|y)|creat(?:ed|es|or)|buil[dt]|launch(?:ed|es)|introduc(?:ed|es)|develop(?:ed|s)|coin(?:ed|s)|design(?:ed|s)|named after|signed|won|awarded)\b/i
	],
	['cue:lifeEvent', /\b(?:born|died|death|buried|married|retire[ds]?|elected|appointed|resign(?:ed|s))\b/i],
	[
		'cue:family',
		/\b(?:mother|father|sister|brother|wife|husband|son|daughter|children|grandmother|grandfather|uncle|aunt|cousin|niece|nephew|nickname[ds]?|née|sibling)\b/i
	],
	[
		'cue:cause',
		/\b(?:because|due to|caus(?:ed|es)|result(?:ed|s)?|led to|so that|therefore|thanks to|in order to|aim(?:s|ed)? to)\b/i
	],
	[
		'cue:tribute',
		/\b(?:tribute|remembered|mourned|praised|described (?:him|her)|called (?:him|her)|paid|hailed|admir(?:ed|ation))\b/i
	],
	[
		'cue:definition',
		/^[^,]{3,60}?\b(?:is|are|was|were) (?:a|an|the) \p{L}|\b(?:refers? to|is defined as|means)\b/iu
	],
	['cue:money', /[£$€]|\b(?:dollars|pounds|euros|price[ds]?|cost|sold for|paid)\b/i],
	['cue:speech', /\b(?:said|says|told|added|announced|stated|declared|wrote|writes|according to)\b/i]
];

export function sentenceFeatures(s: Sentence, stats: ArticleStats, total: number): Features {
	const f: Features = {};
	const words = s.text.split(/\s+/).length;
	f['pos:first'] = s.index === 0 ? 1 : 0;
	f['pos:lead'] = s.index < 3 ? 1 : 0;
	f['pos:relative'] = total > 1 ? s.index / (total - 1) : 0;
	f['pos:paragraphStart'] = stats.paragraphStarts.has(s.index) ? 1 : 0;
	f['sentence:words'] = Math.min(words, 60) / 30;
	f['sentence:quote'] = /["“”]|''/.test(s.text) ? 1 : 0;
	f['sentence:brackets'] = /\(/.test(s.text) ? 1 : 0;
	f['sentence:centrality'] = stats.centrality[s.index] ?? 0;
	f['sentence:titleWords'] =
		Math.min(new Set(contentWords(s.text).filter((w) => stats.titleWords.has(w))).size, 3) / 3;
	f['sentence:leadOverlap'] = stats.leadOverlap[s.index] ?? 0;
	f['sentence:aboutSubject'] = s.mentions.some((x) => stats.subjects.has(x.key)) ? 1 : 0;
	for (const [name, re] of CUES) if (re.test(s.text)) f[name] = 1;
	for (const kind of ['person', 'year', 'date', 'number', 'org', 'country', 'city', 'place', 'term'] as const)
		f[`has:${kind}`] = Math.min(s.mentions.filter((x) => x.kind === kind).length, 2) / 2;
	return f;
}

export function answerFeatures(s: Sentence, m: Mention, kind: AnswerKind, stats: ArticleStats): Features {
	const f: Features = {};
	f[`kind:${kind}`] = 1;
	f['answer:words'] = Math.min(m.text.split(/\s+/).length, 8) / 8;
	f['answer:recurring'] = Math.log(1 + (stats.recurring.get(m.key) ?? 1)) / Math.log(10);
	f['answer:inTitle'] = contentWords(m.text).some((w) => stats.titleWords.has(w)) ? 1 : 0;
	f['answer:inLead'] = stats.leadKeys.has(m.key) ? 1 : 0;
	f['answer:opensSentence'] = m.first === 0 ? 1 : 0;
	f['answer:position'] = s.text.length ? m.start / s.text.length : 0;
	f['answer:capitalised'] = /^\p{Lu}/u.test(m.text) ? 1 : 0;
	f['answer:digits'] = /\d/.test(m.text) ? 1 : 0;
	f['answer:afterVerb'] = s.tokens[m.first - 1]?.tags.has('Verb') ? 1 : 0;
	f['answer:afterPreposition'] = s.tokens[m.first - 1]?.tags.has('Preposition') ? 1 : 0;
	f['answer:defined'] =
		/\b(?:called|named|known as|termed|dubbed|nicknamed)\s+(?:the\s+|an?\s+)?["“]?$/i.test(
			s.text.slice(0, m.start)
		)
			? 1
			: 0;
	f['answer:sameKindNearby'] =
		Math.min(s.mentions.filter((o) => o !== m && o.kind === m.kind && o.key !== m.key).length, 3) / 3;
	return f;
}
