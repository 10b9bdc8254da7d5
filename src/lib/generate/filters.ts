/** Checks that keep a sentence or an answer out of the deck. */
import { DEMONYMS } from './gazetteer.ts';
import { kindGroup, type Mention, type Sentence } from './mentions.ts';
import type { Token } from './tagger.ts';

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
	display: (m: Mention) => string,
	main: string | undefined
): string | undefined {
	const pronoun = OPENING_PERSON.exec(s.text)?.[0];
	if (!pronoun) return undefined;
	const male = /^(?:He|His)$/.test(pronoun);
	const persons = previous.flatMap((p) =>
		p.mentions.filter((m) => m.kind === 'person').map((m) => ({ m, p }))
	);
	const last = persons.at(-1);
	if (!last || last.p.tokens[last.m.first]?.tags.has(male ? 'FemaleName' : 'MaleName')) return undefined;
	// The last person named is meant when no other was named just before, or when the article is about them.
	const alone = new Set(persons.map((x) => x.m.key)).size === 1;
	return alone || last.m.key === main ? display(last.m) : undefined;
}

/** The sentence as a prompt reads it: an opening "She" replaced by the person's name. */
export function withSubject(text: string, subject: string | undefined): string {
	if (!subject) return text;
	if (OPENING_PERSON.test(text))
		return text.replace(OPENING_PERSON, (p) => (/^(?:His|Her)$/.test(p) ? `${subject}'s` : subject));
	return text.replace(/\b(?:he|she)\b/, subject);
}

/**
 * In an article about one person, a "she" or "he" with no one named before it in the sentence is that person:
 * "In 1891 she moved to Paris" → Marie Curie.
 */
export function mainPersonPronoun(
	s: Sentence,
	main: Mention | undefined,
	display: (m: Mention) => string
): string | undefined {
	if (!main) return undefined;
	const pronoun = /\b(?:he|she)\b/.exec(outsideQuotes(s.text));
	if (!pronoun || s.mentions.some((m) => m.kind === 'person' && m.start < pronoun.index)) return undefined;
	return display(main);
}

const FINITE = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'];

/** A sentence has a finite verb that is not only in a relative clause ("HTTP, the protocol, which lets…"). */
function hasMainVerb(s: Sentence): boolean {
	return s.tokens.some(
		(t, i) =>
			FINITE.some((tag) => t.tags.has(tag)) &&
			!/^(?:which|who|that|whose)$/.test(s.tokens[i - 1]?.lower ?? '')
	);
}

/**
 * "The groups had in 2012 launched a rebellion…" after "…predominantly Tuareg armed groups…": the prompt names
 * them as the sentence before did ("The Tuareg armed groups had…"), so that it stands alone.
 */
export function expandOpening(
	s: Sentence,
	previous: Sentence | undefined
): { from: string; to: string } | undefined {
	const [the, noun, verb] = s.tokens;
	if (
		!previous ||
		the?.text !== 'The' ||
		!noun ||
		!verb ||
		!noun.tags.has('Noun') ||
		noun.tags.has('ProperNoun')
	)
		return undefined;
	if (!FINITE.some((tag) => verb.tags.has(tag))) return undefined;
	const k = previous.tokens.findLastIndex((t) => t.lower === noun.lower);
	const modifiers: string[] = [];
	for (let i = k - 1; i >= 0 && modifiers.length < 3; i--) {
		const t = previous.tokens[i] as Token;
		if (
			t.post.trim() ||
			!(t.tags.has('Adjective') || t.tags.has('Noun') || /ed$/.test(t.lower)) ||
			t.tags.has('Pronoun')
		)
			break;
		modifiers.unshift(t.text);
	}
	return k > 0 && modifiers.length
		? { from: `The ${noun.text}`, to: `The ${modifiers.join(' ')} ${noun.text}` }
		: undefined;
}

/** Text outside quotation marks (a speaker's "I" or "we" is resolved by the speaker). */
export function outsideQuotes(text: string): string {
	return text.replace(/(["“”]|'')[^"“”]*?(["“”]|'')/g, ' ');
}

/** A sentence that leans on an earlier one ("He said…", "That agreement…") cannot stand alone. */
export function standsAlone(s: Sentence, subject?: string): boolean {
	const words = s.text.split(/\s+/).length;
	if (words < 6 || words > 70 || /\?["”']?$/.test(s.text)) return false;
	// A list item or a fragment ("HTML, the HyperText Markup Language, for writing pages;") is no sentence.
	if (!/[.!…]["”'’)\]]*$/.test(s.text) || !/^["“'‘(]*[\p{Lu}\d]/u.test(s.text)) return false;
	if (!hasMainVerb(s)) return false;
	if (OPENING_REFERENCE.test(s.text) && !subject) return false;
	const outside = outsideQuotes(subject ? withSubject(s.text, subject) : s.text);
	if (DEMONSTRATIVE.test(outside)) return false;
	// "At its deepest point it reaches…": an "it" needs a thing named before it.
	const it = /\b(?:it|its)\b/i.exec(outside);
	if (it && !subject) {
		const at = s.text.search(new RegExp(`\\b${it[0]}\\b`));
		const before = s.tokens.filter((t) => t.end <= at);
		const thing = s.mentions.some((m) => m.end <= at && m.kind !== 'person');
		if (!thing && !before.some((t) => t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun')))
			return false;
	}
	const pronoun = PRONOUN.exec(outside);
	if (!pronoun || subject) return true;
	// A pronoun is resolved when a person or group is named before it, and a he or she by a name of that gender.
	const at = s.text.indexOf(pronoun[0]);
	const word = pronoun[0];
	// "they", "them", "their" may point back to any plural noun before them in the sentence.
	if (/^(?:they|them|their)$/i.test(word) && s.tokens.some((t) => t.end <= at && t.tags.has('Plural')))
		return true;
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
		return /^(?:['’]s)?\s*(?:,|,?\s*(?:and|or|&|nor|as well as|und|et|y|e|og|en))\s*(?:the\s+)?$/i.test(
			between
		);
	});
}

const stemWords = (stem: string) => stem.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

const GENERIC_NAME_WORDS =
	/^(?:republic|kingdom|democratic|federal|people's|united|national|international|university|college|institute|union|states?|party|council|world|war|new|north|south|east|west|great|royal|central|prize|award)$/;

/** Whether the stem still names the answer: the same words, or the nationality of an answered country. */
export function givesAway(stem: string, answer: string): boolean {
	const words = new Set(stemWords(stem));
	const answerWords = stemWords(answer).filter((w) => w.length >= 3 && !/^(?:the|and|of)$/.test(w));
	// Generic words of a name ("Republic", "University") shared with the stem do not give it away, its own words do.
	const own = answerWords.filter((w) => !GENERIC_NAME_WORDS.test(w));
	if ((own.length ? own : answerWords).some((w) => words.has(w))) return true;
	for (const [demonym, country] of Object.entries(DEMONYMS))
		if (country.toLowerCase() === answer.toLowerCase() && words.has(demonym.toLowerCase())) return true;
	return false;
}

/** Whether `m` sits inside quotation marks in the sentence. */
export function quoted(s: Sentence, m: Mention): boolean {
	const before = s.text.slice(0, m.start);
	return ((before.match(/["“”]|''/g) ?? []).length & 1) === 1;
}
