/**
 * The interpretable features a candidate card is ranked by. Named, so that the learned weights can be read: which
 * kinds of answer, question forms, positions and references the judges accepted.
 */
import { ANSWER_KINDS, CARD_TYPES } from '../deck/model.ts';
import type { Candidate } from './candidates.ts';
import { quoted } from './filters.ts';
import { CUES } from './importance.ts';
import type { ArticleStats } from './stats.ts';
import { contentWords } from './stats.ts';

export type Features = Record<string, number>;

const FORMS = [
	'blank',
	'subject',
	'role',
	'acronym',
	'speaker',
	'list',
	'purpose',
	'passive',
	'count',
	'definition',
	'alias',
	'when',
	'where',
	'how-many',
	'who-subject',
	'who-object'
];

/** Every feature, in the order of the ranker's weights. */
export const FEATURE_NAMES: string[] = [
	...CARD_TYPES.map((t) => `type:${t}`),
	...ANSWER_KINDS.map((k) => `kind:${k}`),
	...FORMS.map((f) => `form:${f}`),
	'ref:resolved',
	'ref:context',
	'ref:contextAcrossParagraphs',
	'pos:first',
	'pos:lead',
	'pos:relative',
	'pos:paragraphStart',
	'sentence:words',
	'sentence:long',
	'sentence:quote',
	'sentence:speech',
	'sentence:brackets',
	'sentence:centrality',
	'sentence:titleWords',
	'answer:words',
	'answer:recurring',
	'answer:inTitle',
	'answer:mainPerson',
	'answer:quoted',
	'answer:defined',
	'answer:opensSentence',
	'answer:position',
	'answer:sameKindNearby',
	'answer:capitalised',
	'options:count',
	'options:article',
	'options:gazetteer',
	'options:generated',
	'cue:superlative',
	'cue:origin',
	'cue:lifeEvent',
	'cue:family',
	'cue:cause',
	'cue:tribute',
	'cue:definition',
	'sentence:leadOverlap',
	'sentence:aboutSubject',
	'answer:inLead',
	'importance:sentence',
	'importance:answer',
	'cue:money',
	'statement:false',
	'statement:true',
	'prompt:words'
];

const SPEECH = /\b(?:said|says|told|added|announced|stated|declared|wrote|writes|according to)\b/i;
const DEFINED = /\b(?:called|named|known as|termed|dubbed|nicknamed)\s+(?:the\s+|an?\s+)?["“]?$/i;

export function featuresOf(c: Candidate, stats: ArticleStats, total: number): Features {
	const { fact, type } = c;
	const s = fact.sentence;
	const m = fact.answer;
	const isStatement = type === 'truefalse' && c.truth === true;
	const f: Features = {};
	f[`type:${type}`] = 1;
	if (!isStatement) {
		f[`kind:${fact.kind}`] = 1;
		// The question form counts where a question is the prompt; a cloze prompt is always a blank.
		f[`form:${type === 'cloze' || type === 'truefalse' ? 'blank' : fact.form}`] = 1;
	}
	if (fact.standing.mode === 'resolved') f['ref:resolved'] = 1;
	if (fact.standing.mode === 'context') {
		f['ref:context'] = 1;
		if (fact.standing.acrossParagraphs) f['ref:contextAcrossParagraphs'] = 1;
	}
	const sentenceWords = s.text.split(/\s+/).length;
	f['pos:first'] = s.index === 0 ? 1 : 0;
	f['pos:lead'] = s.index < 3 ? 1 : 0;
	f['pos:relative'] = total > 1 ? s.index / (total - 1) : 0;
	f['pos:paragraphStart'] = stats.paragraphStarts.has(s.index) ? 1 : 0;
	f['sentence:words'] = Math.min(sentenceWords, 60) / 30;
	f['sentence:long'] = sentenceWords > 35 ? 1 : 0;
	f['sentence:quote'] = /["“”]|''/.test(s.text) ? 1 : 0;
	f['sentence:speech'] = SPEECH.test(s.text) ? 1 : 0;
	f['sentence:brackets'] = /\(/.test(s.text) ? 1 : 0;
	f['sentence:centrality'] = stats.centrality[s.index] ?? 0;
	for (const [name, re] of CUES) if (re.test(s.text)) f[name] = 1;
	f['sentence:leadOverlap'] = stats.leadOverlap[s.index] ?? 0;
	f['sentence:aboutSubject'] =
		s.mentions.some((x) => stats.subjects.has(x.key)) || fact.standing.mode === 'resolved' ? 1 : 0;
	const titleHits = new Set(contentWords(s.text).filter((w) => stats.titleWords.has(w))).size;
	f['sentence:titleWords'] = Math.min(titleHits, 3) / 3;
	if (!isStatement) {
		f['answer:words'] = Math.min(fact.answerText.split(/\s+/).length, 8) / 8;
		f['answer:recurring'] = Math.log(1 + (stats.recurring.get(m.key) ?? 1)) / Math.log(10);
		f['answer:inTitle'] = contentWords(fact.answerText).some((w) => stats.titleWords.has(w)) ? 1 : 0;
		f['answer:mainPerson'] = m.key === stats.mainPerson ? 1 : 0;
		f['answer:inLead'] = stats.leadKeys.has(m.key) && s.index > 1 ? 1 : 0;
		f['answer:quoted'] = quoted(s, m) ? 1 : 0;
		f['answer:defined'] = DEFINED.test(s.text.slice(0, m.start)) ? 1 : 0;
		f['answer:opensSentence'] = m.first === 0 ? 1 : 0;
		f['answer:position'] = s.text.length ? m.start / s.text.length : 0;
		f['answer:sameKindNearby'] =
			Math.min(s.mentions.filter((o) => o !== m && o.kind === m.kind && o.key !== m.key).length, 3) / 3;
		f['answer:capitalised'] = /^\p{Lu}/u.test(fact.answerText) ? 1 : 0;
	}
	if (type === 'mcq' || (type === 'truefalse' && !isStatement)) {
		const o = fact.options;
		const n = Math.max(1, o.options.length);
		f['options:count'] = o.options.length / 3;
		f['options:article'] = o.fromArticle / n;
		f['options:gazetteer'] = o.fromGazetteer / n;
		f['options:generated'] = o.generated / n;
	}
	f['importance:sentence'] = fact.importance.sentence;
	if (!isStatement) f['importance:answer'] = fact.importance.answer;
	if (type === 'truefalse') f[isStatement ? 'statement:true' : 'statement:false'] = 1;
	f['prompt:words'] = Math.min(c.prompt.split(/\s+/).length, 60) / 30;
	return f;
}

/** The features as a vector, in FEATURE_NAMES order or the order given. */
export function vectorOf(f: Features, names: readonly string[] = FEATURE_NAMES): number[] {
	return names.map((name) => f[name] ?? 0);
}
