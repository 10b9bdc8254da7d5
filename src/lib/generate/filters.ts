/** Checks that keep a sentence or an answer out of the deck. */
import { DEMONYMS } from './gazetteer.ts';
import { kindGroup, type Mention, type Sentence } from './mentions.ts';

// A quotation may open with "This" or "It": the speaker's words, resolved by the speaker.
const OPENING_REFERENCE =
	/^(?:he|she|it|they|his|her|its|their|this|that|these|those|such|him|them|there)\b/i;
const PRONOUN = /\b(?:he|she|him|his|her|hers|they|them|their)\b/i;
const MALE = /^(?:he|him|his)$/i;
const FEMALE = /^(?:she|her|hers)$/i;
// "these rays", "those talks": a reference to an earlier sentence.
const DEMONSTRATIVE =
	/\b(?:these|those)\s+\p{L}+|\bthis\s+(?!year|week|month|morning|afternoon|evening|time|century|decade)\p{L}+/iu;

const OPENING_PERSON = /^(?:He|She|His|Her)\b/;

/**
 * The person a sentence opening with "He"/"She" speaks of: the last person named in the two sentences before,
 * when the name's gender does not contradict the pronoun.
 */
export function openingPerson(
	s: Sentence,
	previous: Sentence[],
	display: (m: Mention) => string
): string | undefined {
	const pronoun = OPENING_PERSON.exec(s.text)?.[0];
	if (!pronoun) return undefined;
	const male = /^(?:He|His)$/.test(pronoun);
	for (const p of previous.slice(-2).reverse()) {
		const person = p.mentions.filter((m) => m.kind === 'person').at(-1);
		if (!person) continue;
		const first = p.tokens[person.first];
		if (first?.tags.has(male ? 'FemaleName' : 'MaleName')) return undefined;
		return display(person);
	}
	return undefined;
}

/** The sentence as a prompt reads it: an opening "She" replaced by the person's name. */
export function withSubject(text: string, subject: string | undefined): string {
	if (!subject) return text;
	return text.replace(OPENING_PERSON, (p) => (/^(?:His|Her)$/.test(p) ? `${subject}'s` : subject));
}

/** Text outside quotation marks (a speaker's "I" or "we" is resolved by the speaker). */
export function outsideQuotes(text: string): string {
	return text.replace(/(["“”]|'')[^"“”]*?(["“”]|'')/g, ' ');
}

/** A sentence that leans on an earlier one ("He said…", "That agreement…") cannot stand alone. */
export function standsAlone(s: Sentence, subject?: string): boolean {
	const words = s.text.split(/\s+/).length;
	if (words < 6 || words > 70 || /\?["”']?$/.test(s.text)) return false;
	if (OPENING_REFERENCE.test(s.text) && !subject) return false;
	const outside = outsideQuotes(subject ? s.text.replace(OPENING_PERSON, '') : s.text);
	if (DEMONSTRATIVE.test(outside)) return false;
	const pronoun = PRONOUN.exec(outside);
	if (!pronoun || subject) return true;
	// A pronoun is resolved when a person or group is named before it, and a he or she by a name of that gender.
	const at = s.text.indexOf(pronoun[0]);
	const word = pronoun[0];
	return s.mentions.some((m) => {
		if (m.end > at || !['person', 'org', 'country'].includes(m.kind)) return false;
		const first = s.tokens[m.first];
		if (MALE.test(word)) return m.kind === 'person' && !first?.tags.has('FemaleName');
		if (FEMALE.test(word)) return m.kind === 'person' ? !first?.tags.has('MaleName') : m.kind === 'country';
		return true;
	});
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
