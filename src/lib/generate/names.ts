/** Proper-noun sequences and their kind: the layer the NLP library's own entity tags fall short of. */
import { DEMONYMS, ORG_WORDS, TITLES, gazetteerKind } from './gazetteer.ts';
import type { EntityKind, Mention } from './mentions.ts';
import type { Token } from './tagger.ts';

export interface NameContext {
	/** Lower-cased words seen capitalized inside a sentence (so not only because they start one). */
	midCaps: Set<string>;
	/** Acronym → long form, from "Alliance of Sahel States (AES)". */
	acronyms: Map<string, string>;
	/** Lower-cased last name or full name → full name of a person. */
	persons: Map<string, string>;
}

const JOINERS = new Set(['of', 'de', 'du', 'da', 'del', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'y']);
const OF_HEADS =
	/^(?:Alliance|Bank|University|Republic|Kingdom|Duke|Duchess|Gulf|Bay|Isle|Cape|Lake|Mount|Battle|Treaty|Council|Church|House|Department|Ministry|Museum|Institute|Academy|School|College|Society|Order|Federation|Union|League|Organi[sz]ation|Association|Court|Sea|Sultanate|Emirate|Federal|Islamic|Democratic|United|Government|Board|Office|Bureau|Chamber|Commonwealth|Empire|Province|Port|Strait|Straits|Isle|Islands|Gospel|Book|Prince|Princess|King|Queen|Earl|Count|Countess|Bishop|Archbishop|Governor|Secretary|Minister|Chief)$/;
const SPEECH =
	/^(?:said|says|added|told|wrote|posted|announced|stated|described|argued|explained|insisted|noted|warned|declared|replied|recalled|tweeted)$/;
const PLACE_HEADS =
	/^(?:Fault|Ridge|Mountains?|River|Lake|Ocean|Sea|Island|Islands|Valley|Desert|Plate|Peak|Mount|Bay|Gulf|Strait|Canal|Plain|Plains|Basin|Falls|Forest|Park|Reserve|Preserve|Glacier|Volcano|Trench|Coast|Peninsula|Street|Square|Bridge|Gate|Wall)$/;
// A first word of a place name, kept at the start of a sentence: "Mount Everest stands…".
const PLACE_PREFIX =
	/^(?:Mount|Lake|Cape|Port|Fort|Saint|San|Santa|Los|Las|New|North|South|East|West|Upper|Lower|Great|Little|Gulf|Bay|Isle|Sierra)$/;
const LOCATIVE =
	/^(?:at|in|on|from|to|into|near|across|along|through|over|under|inside|outside|towards?|the)$/;
const PLACE_NOUNS =
	/^(?:region|province|river|mountains?|desert|lake|island|islands|city|valley|basin|peninsula|plateau|coast|county|district|state)$/;
const ORG_NOUNS =
	/^(?:group|alliance|party|movement|organi[sz]ation|force|army|company|coalition|bloc|network|union|militia)$/;
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region'];
// "France-supported": the name stays an answer ("the _____-supported force").
const ADJECTIVE_SUFFIX =
	/^(?:supported|backed|led|based|born|funded|owned|controlled|run|brokered|sponsored|allied|aligned)$/;
// Not names, or names too common to ask for ("the Earth's crust").
const NOT_NAMES =
	/^(?:I|I'm|I've|I'd|I'll|OK|Mr|Mrs|Ms|Dr|Prof|Earth|Sun|Moon|BC|AD|BCE|CE|AM|PM|In|On|At|The|A|An|Of|And|But|For|With|From|By|As|To|Or|If|When|While|After|Before|During|Since|Until)$/;

const bare = (t: Token) => t.text.replace(/['’]s$/, '');
const isCap = (t: Token) => /^(?:\p{Lu}|\d+\p{Lu})/u.test(t.text) && !NOT_NAMES.test(bare(t));
const possessive = (t: Token) => /['’]s$/.test(t.text);
const hasTag = (t: Token | undefined, tags: string[]) => !!t && tags.some((x) => t.tags.has(x));
const plainGap = (a: Token) => /^\s+$/.test(a.post);
const dateWord = (t: Token) => t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Date');

/** Whether a capitalized word at the start of a sentence or quote is a name rather than just a first word. */
function startsAsName(t: Token, ctx: NameContext): boolean {
	if (gazetteerKind(bare(t)) || DEMONYMS[bare(t)]) return true;
	if (ctx.midCaps.has(bare(t).toLowerCase())) return true;
	return hasTag(t, [...PERSON_TAGS, ...PLACE_TAGS, 'Organization', 'Acronym']) && !t.tags.has('Pronoun');
}

function atStart(tokens: Token[], i: number): boolean {
	const t = tokens[i] as Token;
	return i === 0 || /["“‘'(]\s*$/.test(t.pre) || /[.!?:]["”’']?\s*$/.test(tokens[i - 1]?.post ?? '');
}

/** Whether "for"/"and" sits inside an organisation's name: an organisation word before it ("Union for …") or ending the capitalized run after it ("… and Wildlife Service"). */
function orgAhead(tokens: Token[], i: number, from: number): boolean {
	const words = (a: number, b: number) => tokens.slice(a, b).map(bare);
	if (tokens[from - 1]?.text === 'for') return words(i, from - 1).some((w) => ORG_WORDS.has(w));
	let k = from;
	while (
		k + 1 < tokens.length &&
		isCap(tokens[k + 1] as Token) &&
		plainGap(tokens[k] as Token) &&
		k - from < 3
	)
		k++;
	const left = words(i, from - 1);
	const lone = left.length === 1 && !!gazetteerKind(left[0] as string);
	const head = bare(tokens[k] as Token);
	return (ORG_WORDS.has(head) || PLACE_HEADS.test(head)) && !lone && !left.some((w) => ORG_WORDS.has(w));
}

/** Index of the last token of the name starting at `i`. */
function extend(tokens: Token[], i: number): number {
	let j = i;
	for (;;) {
		const cur = tokens[j] as Token;
		if (possessive(cur)) return j;
		const next = tokens[j + 1];
		if (!next) return j;
		// "John F. Kennedy": an initial's full stop does not end the name.
		const initial = /^(?:\p{Lu}|St|Mt|Ft)$/u.test(cur.text) && cur.post === '. ';
		if (
			(plainGap(cur) || cur.post === '-' || initial) &&
			!next.pre &&
			isCap(next) &&
			!dateWord(next) &&
			!TITLES.has(next.lower)
		) {
			j++;
			continue;
		}
		const after = tokens[j + 2];
		// "Nobel Prize in Physics".
		if (
			next.text === 'in' &&
			/^(?:Prize|Award|Medal|Cup|Championship|Professor|Chair)$/.test(cur.text) &&
			after &&
			isCap(after) &&
			plainGap(next)
		) {
			j += 2;
			continue;
		}
		// "of" joins "University of Chicago", "Ring of Fire"; not "Heads of State", "President of France", "Mali of Niger".
		const head = tokens[i] as Token;
		const joinable =
			next.text !== 'of' ||
			OF_HEADS.test(bare(head)) ||
			(!head.tags.has('Plural') &&
				!hasTag(head, PERSON_TAGS) &&
				!TITLES.has(head.lower) &&
				!gazetteerKind(bare(head)) &&
				!gazetteerKind(after?.text ?? ''));
		const linked = plainGap(cur) && plainGap(next) && !next.pre && after && !after.pre && isCap(after);
		if (linked && joinable && JOINERS.has(next.text)) {
			j += 2;
			continue;
		}
		// "International Union for Conservation of Nature", "US Fish and Wildlife Service": inside an organisation's name.
		if (linked && /^(?:for|and|&)$/.test(next.text) && orgAhead(tokens, i, j + 2)) {
			j += 2;
			continue;
		}
		return j;
	}
}

function kindOf(tokens: Token[], first: number, last: number, text: string, ctx: NameContext): EntityKind {
	const gaz = gazetteerKind(text);
	if (gaz) return gaz;
	// An acronym is an organisation when its long form says so ("Alliance of Sahel States (AES)"), not "HTML".
	const long = ctx.acronyms.get(text) ?? [...ctx.acronyms.values()].find((v) => v === text);
	if (long)
		return long.split(' ').some((w) => ORG_WORDS.has(w)) || /^[\p{Lu}\d]+$/u.test(long) ? 'org' : 'name';
	const words = text.split(/[\s-]+/);
	const next = tokens[last + 1];
	const prev = tokens[first - 1];
	const lastTok = tokens[last] as Token;
	if (words.some((w) => /^(?:Republic|Kingdom|Empire|Emirates|Sultanate|Confederation)$/.test(w)))
		return 'country';
	if (
		words.some((w) =>
			/^(?:Prizes?|Awards?|Medals?|Cup|Trophy|Olympics|Games|Nations|League|Championships?|Open|Series|Festival|Tour)$/.test(
				w
			)
		)
	)
		return 'name';
	// A plural ("Dragons", "Blues") names a team or a people, never one person.
	const plural = lastTok.tags.has('Plural') && !possessive(lastTok);
	if (ORG_WORDS.has(words.at(-1) ?? '') || ORG_WORDS.has(words[0] ?? '')) return 'org';
	if (next && !possessive(lastTok) && plainGap(lastTok) && ORG_NOUNS.test(next.lower)) return 'org';
	if (PLACE_HEADS.test(words.at(-1) ?? '') || (words.length > 1 && PLACE_PREFIX.test(words[0] ?? '')))
		return 'place';
	if (ctx.persons.has(text.toLowerCase())) return 'person';
	if (prev && TITLES.has(prev.lower.replace(/\.$/, '')) && !possessive(prev)) return 'person';
	if (words.length >= 2 && next && SPEECH.test(next.lower)) return 'person';
	const span = tokens.slice(first, last + 1);
	if (span.some((t) => hasTag(t, ['FirstName', 'MaleName', 'FemaleName'])) && words.length >= 2)
		return 'person';
	// One word is a person only as a known last name: "Chelsea" or "Victoria" alone may be a club or a place.
	const oneWordPerson = span.some((t) => t.tags.has('LastName') && !t.tags.has('FirstName'));
	if (
		span.some((t) => hasTag(t, ['Person', 'LastName'])) &&
		!span.some((t) => hasTag(t, PLACE_TAGS)) &&
		!plural &&
		(words.length >= 2 || oneWordPerson)
	)
		return 'person';
	if (next && plainGap(lastTok) && PLACE_NOUNS.test(next.lower)) return 'place';
	if (span.some((t) => hasTag(t, PLACE_TAGS))) return 'place';
	if (/^[\p{Lu}\d]{2,}$/u.test(text) && (!next || !next.tags.has('Noun') || ORG_NOUNS.test(next.lower)))
		return 'org';
	// Two or three plain capitalized words not after "at", "in"…: most often a person ("Egon Krenz").
	// Words the lexicon knows as common nouns ("Information Management") do not make a person.
	const plain = span.every(
		(t) =>
			/^\p{Lu}\p{Ll}+$/u.test(t.text) &&
			(hasTag(t, PERSON_TAGS) || !hasTag(t, ['Plural', 'Acronym', 'Singular', 'Uncountable', 'Organization']))
	);
	if (
		plain &&
		!plural &&
		// "Scandinavian Modern", "French Open": a nationality opens no person's name.
		!DEMONYMS[words[0] ?? ''] &&
		span.length >= 2 &&
		span.length <= 3 &&
		!(prev && LOCATIVE.test(prev.lower)) &&
		!(next && next.tags.has('Noun') && plainGap(lastTok))
	)
		return 'person';
	return 'name';
}

/** Named things in a sentence, with a provisional kind and key. */
export function findNames(tokens: Token[], ctx: NameContext): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		// A nationality starts a name only when a name follows: "German Democratic Republic", not "West African".
		const demonymStart =
			DEMONYMS[bare(t)] && !(tokens[i + 1] && isCap(tokens[i + 1] as Token) && plainGap(t));
		if (!isCap(t) || dateWord(t) || TITLES.has(t.lower) || demonymStart) continue;
		const next = tokens[i + 1];
		const prefixed = PLACE_PREFIX.test(t.text) && !!next && !next.pre && plainGap(t) && isCap(next);
		if (atStart(tokens, i) && !prefixed && !startsAsName(t, ctx)) continue;
		const last = extend(tokens, i);
		const lastTok = tokens[last] as Token;
		// "Anti-Fascist Protection Rampart" is one name; its tail alone is not; nor is "the East".
		if (
			(tokens[i - 1]?.post === '-' && i > 0) ||
			(i === last && /^(?:East|West|North|South)$/.test(t.text))
		) {
			i = last;
			continue;
		}
		// "France-supported", "West African": a name inside an adjective is not an answer.
		if (
			(lastTok.post === '-' && !ADJECTIVE_SUFFIX.test(tokens[last + 1]?.text ?? '')) ||
			DEMONYMS[bare(lastTok)] ||
			(tokens[i - 1]?.post === '-' && !isCap(tokens[i - 1] as Token))
		) {
			i = last;
			continue;
		}
		// "Heads of State": capitalized common nouns, not names.
		if (
			i === last &&
			(OF_HEADS.test(bare(t)) || ORG_WORDS.has(bare(t)) || /^(?:Heads?|State)$/.test(bare(t))) &&
			!gazetteerKind(bare(t))
		)
			continue;
		const start = t.start;
		const end = lastTok.end - (possessive(lastTok) ? 2 : 0);
		const text = tokensText(tokens, i, last).replace(/['’]s$/, '');
		// "East Germans", "Berliners": peoples, not things to ask for.
		if (/(?:ans|ers|ese|ites)$/.test(text) && lastTok.tags.has('Plural') && !gazetteerKind(text)) {
			i = last;
			continue;
		}
		const kind = kindOf(tokens, i, last, text, ctx);
		out.push({ text, start, end, first: i, last, kind, key: text.toLowerCase() });
		i = last;
	}
	return out;
}

export function tokensText(tokens: Token[], first: number, last: number): string {
	let s = '';
	for (let k = first; k <= last; k++)
		s += (tokens[k] as Token).text + (k < last ? (tokens[k] as Token).post : '');
	return s;
}

/** Words capitalized somewhere other than the start of a sentence or quote. */
export function collectMidCaps(sentences: Token[][]): Set<string> {
	const out = new Set<string>();
	for (const tokens of sentences)
		tokens.forEach((t, i) => {
			if (isCap(t) && !atStart(tokens, i)) out.add(bare(t).toLowerCase());
		});
	return out;
}
