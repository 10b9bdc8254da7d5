/** Checks that keep a sentence or an answer out of the deck. */
import { DEMONYMS } from './gazetteer.ts';
import { kindGroup, type Mention, type Sentence } from './mentions.ts';

const OPENING_REFERENCE =
	/^["“'‘]*(?:he|she|it|they|his|her|its|their|this|that|these|those|such|him|them|there)\b/i;
const PRONOUN = /\b(?:he|she|him|his|her|hers|they|them|their)\b/i;
const MALE = /^(?:he|him|his)$/i;
const FEMALE = /^(?:she|her|hers)$/i;
// "these rays", "those talks": a reference to an earlier sentence.
const DEMONSTRATIVE =
	/\b(?:these|those)\s+\p{L}+|\bthis\s+(?!year|week|month|morning|afternoon|evening|time|century|decade)\p{L}+/iu;

/** Text outside quotation marks (a speaker's "I" or "we" is resolved by the speaker). */
export function outsideQuotes(text: string): string {
	return text.replace(/(["“”]|'')[^"“”]*?(["“”]|'')/g, ' ');
}

/** A sentence that leans on an earlier one ("He said…", "That agreement…") cannot stand alone. */
export function standsAlone(s: Sentence): boolean {
	const words = s.text.split(/\s+/).length;
	if (words < 6 || words > 70 || /\?["”']?$/.test(s.text)) return false;
	if (OPENING_REFERENCE.test(s.text)) return false;
	const outside = outsideQuotes(s.text);
	const pronoun = PRONOUN.exec(outside);
	if (!pronoun) return true;
	// A pronoun is resolved when a person or group is named before it.
	const at = s.text.indexOf(pronoun[0]);
	return s.mentions.some(
		(m) => m.end <= at && (m.kind === 'person' || m.kind === 'org' || m.kind === 'country')
	);
}

/** Whether `m` stands in a list with another thing of its type ("Mali, Burkina Faso and Niger"): then a blank has several fitting answers. */
export function inList(s: Sentence, m: Mention): boolean {
	return s.mentions.some((o) => {
		if (o === m || kindGroup(o.kind) !== kindGroup(m.kind) || o.key === m.key) return false;
		const between = o.start > m.start ? s.text.slice(m.end, o.start) : s.text.slice(o.end, m.start);
		return /^(?:['’]s)?\s*(?:,|,?\s*(?:and|or|&|nor|as well as))\s*(?:the\s+)?$/i.test(between);
	});
}

const stemWords = (stem: string) => stem.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

/** Whether the stem still names the answer: the same words, or the nationality of an answered country. */
export function givesAway(stem: string, answer: string): boolean {
	const words = new Set(stemWords(stem));
	const answerWords = stemWords(answer).filter((w) => w.length >= 3 && !/^(?:the|and|of)$/.test(w));
	if (answerWords.some((w) => words.has(w))) return true;
	for (const [demonym, country] of Object.entries(DEMONYMS))
		if (country.toLowerCase() === answer.toLowerCase() && words.has(demonym.toLowerCase())) return true;
	return false;
}

/** Whether `m` sits inside quotation marks in the sentence. */
export function quoted(s: Sentence, m: Mention): boolean {
	const before = s.text.slice(0, m.start);
	return ((before.match(/["“”]|''/g) ?? []).length & 1) === 1;
}
