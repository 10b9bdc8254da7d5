/**
 * Whether a sentence can be asked on its own. A sentence that leans on an earlier one ("He…", "The plan…", "the
 * following year") is asked only when the text makes the reference certain — an opening "He" or "She" after a
 * sentence about one person of the article is replaced by that person's name — or with the sentence before as a
 * context line, when that sentence settles it. Otherwise it is not asked.
 */
import type { Mention, Sentence } from './mentions.ts';

export type Standing =
	/** Reads on its own. */
	| { mode: 'alone' }
	/** An opening pronoun replaced by the one person it can mean. */
	| { mode: 'resolved'; person: string }
	/** Needs the sentence before, shown as a context line. */
	| { mode: 'context'; context: string; acrossParagraphs: boolean }
	| { mode: 'unusable' };

const PERSONAL = /\b(?:he|she|him|his|her|hers|they|them|their|theirs|it|its)\b/i;
const OPENING = /^(?:He|She|His|Her|It|Its|They|Their|Them|This|That|These|Those|Such|There|Here)\b/;
const OPENING_PERSON = /^(He|She|His|Her)\b/;
// "these rays", "this time", "that year": a reference to an earlier sentence ("this year" is a date of the article).
const DEMONSTRATIVE =
	/\b(?:these|those)\s+\p{L}+|\bthis\s+(?!year\b|week\b|month\b|morning\b|afternoon\b|evening\b|is\b|was\b|has\b|had\b|will\b|would\b|can\b|could\b|may\b)\p{Ll}+|\bthat\s+(?:year|time|day|month|week|decade|century|period|moment|point|game|match|season|film|book|case|move|decision|plan|deal|man|woman)\b/iu;
// Time and discourse references that need the sentence before: "the following year", "two years later", "another".
const RELATIVE =
	/\b(?:the (?:following|next|previous|same|latter|former)\b|(?:a|one|two|three|four|five|six|several|some|many|\d+) (?:days?|weeks?|months?|years?|decades?|centuries) (?:later|earlier|before|after)\b|later that\b|at (?:that|the same) time\b|by then\b|(?:^|\s)another\b|(?:both|neither)\s+(?:of\s+(?:them|these|those)|\p{Ll}+s\b)|the two\b|the other\b|likewise\b|similarly\b|nevertheless\b|nonetheless\b)/iu;
// Nouns that, after "the", mean a thing named in an earlier sentence ("The plan", "the coup", "the company").
const BACK_NOUNS =
	/^(?:plan|plans|coup|deal|agreement|move|decision|project|expedition|attack|attacks|company|firm|group|groups|team|scheme|campaign|report|study|inquiry|talks|meeting|visit|trip|proposal|idea|effort|attempt|process|work|event|incident|operation|war|battle|case|couple|pair|peer|player|star|striker|man|woman|boy|girl|singer|actor|minister|official|president|leader|body|organisation|organization|club|side|country|city|town|island|islands|colony|settlement|region|site|building|station|line|film|book|novel|album|song|show|series|programme|program|law|bill|act|treaty|charter|rule|rules|ban|government|party|system|method|technique|device|machine|product|model|car|figure|figures|number|total|sum|amount|rise|fall|increase|decline|change|changes|result|results|findings|discovery|theory|experiment|experiments|paper|letter|speech|statement|announcement|news|move|trial|verdict|sentence|ruling|decision|victory|defeat|win|loss|match|game|final|tournament|race|title|award|prize|honour|honor|latter|former)$/;

const words = (text: string) => text.split(/\s+/).length;
// Words that make a definite phrase say which one it is on its own ("the first country", "the largest city").
const RANK = /^(?:first|second|third|last|only|next|\p{Ll}+est|most|least)$/u;
// Words after which a phrase is no longer a noun's description.
const PHRASE_END =
	/^(?:of|in|on|at|to|for|with|by|from|and|or|but|as|into|after|before|since|than|that|which|who|was|were|is|are|be|been|has|had|have|will|would|could|can|may|said|says)$/;

/** Text outside quotation marks (a speaker's "I" or "we" is resolved by the speaker). */
export function outsideQuotes(text: string): string {
	return text.replace(/(["“”]|'')[^"“”]*?(["“”]|'')/g, ' ');
}

/** Leading connectives that only tie a sentence to the one before: "But", "However,", "And". */
export function dropConnective(text: string): string {
	const m =
		/^(?:But|And|Yet|So|However|Nevertheless|Nonetheless|Meanwhile|Still|Also|Indeed|Moreover|Furthermore|Besides|Instead|Thus|Therefore|Hence)\b,?\s+/.exec(
			text
		);
	if (!m) return text;
	const rest = text.slice(m[0].length);
	// "So far", "Still more": without a comma the word belongs to the clause.
	if (!m[0].includes(',') && /^(?:far|much|many|that|long|few|little|too|more|less)\b/i.test(rest))
		return text;
	// "So far", "Still, …": the word belongs to the clause; keep what is left only when it reads as a sentence.
	return /^[\p{L}"“\d_]/u.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : text;
}

/** A sentence (or a prompt made from it) as a card shows it: leading connective dropped, opening pronoun named. */
export function rewrite(text: string, st: Standing): string {
	const plain = dropConnective(text);
	return st.mode === 'resolved' ? withName(plain, st.person) : plain;
}

function personsIn(s: Sentence): Mention[] {
	return s.mentions.filter((m) => m.kind === 'person');
}

/**
 * The one person an opening "He"/"She" can mean: the sentence before names exactly one person, first among its
 * named things (its subject), and names nobody else; the name's gender does not contradict the pronoun.
 */
function openingPerson(
	s: Sentence,
	previous: Sentence | undefined,
	display: (m: Mention) => string,
	resolvedBefore: string | undefined
): string | undefined {
	const pronoun = OPENING_PERSON.exec(s.text)?.[1];
	if (!pronoun || !previous) return undefined;
	const male = pronoun === 'He' || pronoun === 'His';
	const persons = personsIn(previous);
	const keys = new Set(persons.map((m) => m.key));
	// A chain: "He was born… He studied…": the previous sentence's own "He" was resolved to this person.
	// Only a subject pronoun continues the chain: after "His father died.", "He" may be the father.
	if (!keys.size && resolvedBefore && OPENING_PERSON.exec(previous.text)?.[1] === pronoun)
		return resolvedBefore;
	if (keys.size !== 1) return undefined;
	const person = persons[0] as Mention;
	const first = previous.tokens[person.first];
	if (first?.tags.has(male ? 'FemaleName' : 'MaleName')) return undefined;
	// The person is the sentence's subject: no verb between the name and the start or an opening clause ("Born in
	// 1912, Lord Callaghan became…"), and the name is not a possessive ("Maria's mother …" is about the mother).
	const opening = previous.tokens.findLastIndex((t, i) => i < person.first && t.post.trim() === ',');
	if (previous.tokens.slice(opening + 1, person.first).some((t) => t.tags.has('Verb'))) return undefined;
	// "In 1661, he was admitted … on the recommendation of his uncle William Ayscough": a pronoun before the name
	// speaks of someone else, who may be the one meant next.
	const earlier = outsideQuotes(previous.text.slice(0, person.start));
	if ((male ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i).test(earlier)) return undefined;
	// "Tony Blair called him a giant": the sentence already speaks of another man (or woman) by a pronoun.
	const other = male ? /\bhim\b/i : /\bher\s+(?![\p{Ll}]+\b(?:\s|$))/iu;
	if (other.test(outsideQuotes(previous.text))) return undefined;
	if (
		/^['’]s\b/.test(previous.text.slice(person.end)) ||
		/['’]s$/.test(previous.tokens[person.last]?.text ?? '')
	)
		return undefined;
	// Another person named in this sentence would make a later "his" or "her" uncertain, unless named after it.
	const later = /\b(?:his|her|him)\b/i.exec(s.text.slice(3));
	if (later && personsIn(s).some((m) => m.key !== person.key && m.start < later.index + 3)) return undefined;
	return display(person);
}

/** The sentence with its opening pronoun replaced by a name: "She moved" → "Marie Curie moved", "His book" → "Newton's book". */
export function withName(text: string, name: string): string {
	return text.replace(OPENING_PERSON, (p) => (p === 'His' || p === 'Her' ? `${name}'s` : name));
}

/**
 * Whether a pronoun is settled inside its sentence: "he"/"she" by a person named before it, "it" by a thing,
 * "they" by a group, an organisation, a place or a plural noun.
 */
function settledInside(s: Sentence, text: string, pronoun: string): boolean {
	const at = text.search(new RegExp(`\\b${pronoun}\\b`));
	const before = s.mentions.filter((m) => m.end <= at);
	const nouns = s.tokens.filter((t) => t.end <= at && t.tags.has('Noun') && !t.tags.has('Pronoun'));
	const persons = new Set(before.filter((m) => m.kind === 'person').map((m) => m.key));
	// "X called him…": an object pronoun is someone other than the clause's subject.
	if (/^(?:him|them)$/i.test(pronoun)) return persons.size >= 2;
	// "Along with Sam Cooke, he…": a name in an opening phrase is not who the clause is about.
	const close = before.filter((m) => m.kind === 'person' && !/[,;]/.test(text.slice(m.end, at)));
	if (/^(?:he|his|she|her|hers)$/i.test(pronoun))
		return close.length >= 1 || (persons.size >= 1 && before[0]?.first === 0);
	if (/^(?:it|its)$/i.test(pronoun))
		return (
			before.some((m) => m.kind !== 'person' && m.kind !== 'year' && m.kind !== 'date') ||
			nouns.some((t) => !t.tags.has('Plural') && !t.tags.has('Person') && !t.tags.has('ProperNoun'))
		);
	return (
		before.some((m) => /^(?:org|country|place|region|city)$/.test(m.kind)) ||
		nouns.some((t) => t.tags.has('Plural'))
	);
}

/** Whether a sentence leans on something said before it. */
export function leansBack(s: Sentence, text: string, topicNouns: ReadonlySet<string>): boolean {
	const outside = outsideQuotes(text);
	if (OPENING.test(text) || DEMONSTRATIVE.test(outside) || RELATIVE.test(outside)) return true;
	const pronoun = PERSONAL.exec(outside);
	if (pronoun && !settledInside(s, text, pronoun[0])) return true;
	// "The company said…": a definite noun phrase that points back, unless it is the article's own topic.
	// "The 6ft 6in player", "The French star": the head noun may follow a few words of description.
	const definite = /(?:^|[\s,(])[Tt]he\s+(?:[\p{L}\d'-]+\s+){0,3}?(\p{Ll}+)\b(?!\s+of\b)/gu;
	for (let m = definite.exec(outside); m; m = definite.exec(outside)) {
		const noun = m[1] as string;
		if (BACK_NOUNS.test(noun) && !topicNouns.has(noun)) return true;
	}
	// "the dormant organisation": plain words of description before the head noun, unless one of them ranks it
	// ("the first country to…", "the largest city"), which makes the phrase say which one on its own.
	const described = /(?:^|[\s,(])[Tt]he((?:\s+\p{Ll}+){2,4})/gu;
	for (let m = described.exec(outside); m; m = described.exec(outside)) {
		const words = (m[1] as string).trim().split(/\s+/);
		const end = words.findIndex((w) => RANK.test(w) || PHRASE_END.test(w));
		const phrase = end < 0 ? words : words.slice(0, end);
		const head = (w: string, i: number) =>
			i > 0 && BACK_NOUNS.test(w) && !topicNouns.has(w) && words[i + 1] !== 'of';
		if (phrase.some(head)) return true;
	}
	return false;
}

/** How a sentence can be asked: on its own, with its opening pronoun resolved, with a context line, or not at all. */
export function standing(
	s: Sentence,
	previous: Sentence | undefined,
	previousStanding: Standing | undefined,
	display: (m: Mention) => string,
	topicNouns: ReadonlySet<string>,
	about?: MainPerson
): Standing {
	if (words(s.text) < 5 || words(s.text) > 70 || /\?["”']?$/.test(s.text)) return { mode: 'unusable' };
	// A list item or a fragment ("HTML, the HyperText Markup Language, for writing pages;") is no sentence.
	if (!/[.!…]["”'’)\]]*$/.test(s.text) || !/^["“'‘(]*[\p{Lu}\d]/u.test(s.text)) return { mode: 'unusable' };
	// A broken quotation, or a quotation with nobody named as saying it, cannot be asked.
	const quotes = (s.text.match(/["“”]/g) ?? []).length;
	if (quotes % 2 === 1) return { mode: 'unusable' };
	if (/^["“]/.test(s.text) && !s.mentions.some((m) => m.kind === 'person')) return { mode: 'unusable' };
	const text = dropConnective(s.text);
	if (!leansBack(s, text, topicNouns)) return { mode: 'alone' };
	const resolvedBefore = previousStanding?.mode === 'resolved' ? previousStanding.person : undefined;
	const person = openingPerson(s, previous, display, resolvedBefore);
	if (person) {
		// Only the opening pronoun needed resolving: the rest reads on its own (a later "his" is the same person).
		const rest = withName(text, person).replace(/\b(?:he|him|his|she|her|hers)\b/gi, person);
		if (!leansBack(s, rest, topicNouns)) return { mode: 'resolved', person };
	}
	// The sentence before settles the reference when it reads on its own (or its own pronoun was resolved).
	const usable = previousStanding?.mode === 'alone' || previousStanding?.mode === 'resolved';
	if (previous && previousStanding && usable && words(previous.text) <= 45)
		return {
			mode: 'context',
			context: rewrite(previous.text, previousStanding),
			acrossParagraphs: previous.paragraph !== s.paragraph
		};
	// In an article about one person, a "his" that can only be theirs is settled by the sentence that introduces them.
	if (about && onlyMainPerson(s, previous, text, about, topicNouns))
		return { mode: 'context', context: about.introduction, acrossParagraphs: true };
	return { mode: 'unusable' };
}

export interface MainPerson {
	key: string;
	/** The pronoun the article uses for them. */
	pronoun: 'he' | 'she';
	/** The first sentence that names them and reads on its own. */
	introduction: string;
}

const FAMILY =
	/\b(?:mother|father|wife|husband|son|daughter|brother|sister|uncle|aunt|grandmother|grandfather|cousin|parents?|children|friend|teacher|colleague|partner)\b/i;

/**
 * Whether the sentence's only reference back is the main person's pronoun: no other person named in it or in the
 * sentence before, no relative who could be "he" or "she" instead, nothing else that points back.
 */
function onlyMainPerson(
	s: Sentence,
	previous: Sentence | undefined,
	text: string,
	about: MainPerson,
	topicNouns: ReadonlySet<string>
): boolean {
	const others = (x: Sentence | undefined) =>
		!!x && x.mentions.some((m) => m.kind === 'person' && m.key !== about.key);
	if (others(s) || others(previous) || FAMILY.test(s.text) || FAMILY.test(previous?.text ?? '')) return false;
	const own = about.pronoun === 'he' ? /\b(?:he|him|his)\b/gi : /\b(?:she|her|hers)\b/gi;
	const other = about.pronoun === 'he' ? /\b(?:she|her|hers)\b/i : /\b(?:he|him|his)\b/i;
	if (other.test(outsideQuotes(text))) return false;
	// With the main person's pronouns set aside, nothing else may lean on the sentence before.
	return !leansBack(s, text.replace(own, 'Someone'), topicNouns);
}
