/** Checks that keep an answer out of the deck: blanks nobody would test, and stems that give the answer away. */
import { DEMONYMS, countryInfo } from './gazetteer.ts';
import { kindGroup, type Mention, type Sentence } from './mentions.ts';

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

/** Whether `m` sits inside quotation marks in the sentence. */
export function quoted(s: Sentence, m: Mention): boolean {
	const before = s.text.slice(0, m.start);
	return ((before.match(/["“”]|''/g) ?? []).length & 1) === 1;
}

/** Whether `m` sits inside brackets: an aside ("(1867–1934)", "(now Ghana)", "(£60m)") is not a fact to ask. */
export function inBrackets(s: Sentence, m: Mention): boolean {
	const before = s.text.slice(0, m.start);
	return (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
}

const SOURCE_BEFORE =
	/\b(?:according to|told|quoted by|reported by|cited by|writing in|wrote in|said in)\s+(?:the\s+)?$/i;
const SOURCE_AFTER =
	/^\s*(?:['’]s\s+)?(?:said|says|reported|reports|told|added|announced|claimed|wrote|writes|stated|argued|explained|commented|noted)\b/i;

/** Why an answer is no blank worth asking, or undefined when it is one. */
export function answerProblem(s: Sentence, m: Mention, recurring: number): string | undefined {
	if (m.text.length < 2 || /^(?:the|a|an)$/i.test(m.text)) return 'too short';
	// Part of a word or of a measure: "mid-_____" (90s), "6ft _____" (6in), "_____' transit".
	if (/^['’](?:\s|s\b)/.test(s.text.slice(m.end)) && !/['’]s$/.test(m.text)) return 'part of a possessive';
	if (/[-‐]$/.test(s.text.slice(0, m.start)) || /^[-‐]\p{L}/u.test(s.text.slice(m.end)))
		return 'part of a word';
	if (m.kind === 'number' && /\d\s*(?:ft|m|cm|in|lb|kg|st)\s*$/i.test(s.text.slice(0, m.start)))
		return 'part of a measure';
	// A month alone ("in July") is a detail; a date with its day or year is a fact.
	if (m.kind === 'date' && !/\d/.test(m.text)) return 'a month alone';
	// A score ("6-2", "3-1") is a detail of a match, and its options would be nonsense.
	if (/^\d+\s*[-–]\s*\d+$/.test(m.text) && m.kind !== 'year') return 'a score';
	// "smaller objects", "many people": a vague noun is no fact.
	if (
		m.kind === 'term' &&
		/\b(?:objects?|things?|parts?|areas?|ways?|people|members?|groups?|others?|ones?|aspects?|factors?|issues?|matters?|kinds?|types?)$/i.test(
			m.text
		)
	)
		return 'vague';
	// "Bronisława—who": a dash glued to the answer means the words around it were misread.
	if (/[—–]\p{L}|\p{L}[—–]/u.test(m.text)) return 'misread';
	if (m.kind === 'term') {
		// One word of a list ("architecture, _____, textiles") fits as well as any other.
		const listed =
			/^\s*(?:,|and\b|or\b)/.test(s.text.slice(m.end)) ||
			/(?:,|\band|\bor)\s*$/.test(s.text.slice(0, m.start));
		if (listed) return 'one of a list';
		// A single common word ("charge", "network") is no key term unless the article defines or keeps using it.
		const defined = /\b(?:called|known as|termed|named|dubbed)\s+(?:the\s+|an?\s+)?["“]?$/i.test(
			s.text.slice(0, m.start)
		);
		// A single common word ("monarch", "transit", "continents") is no key term unless the article defines it.
		if (!m.text.includes(' ') && !defined) return 'a common word';
		if (!defined && recurring < 2) return 'a passing phrase';
	}
	if (/[()[\]]/.test(m.text) || inBrackets(s, m)) return 'in brackets';
	if (inList(s, m)) return 'one of a list';
	// A word inside a quotation is the speaker's, not a fact the article states; a name the speaker gives is.
	const named = /^(?:person|country|city|org|place|region|year)$/.test(m.kind);
	if (quoted(s, m) && !(named && s.mentions.some((o) => o.kind === 'person' && !quoted(s, o))))
		return 'in a quotation';
	if (s.mentions.some((o) => o !== m && o.key === m.key)) return 'named twice';
	// "The _____ says…", "according to _____": who reported a fact is not the fact.
	if (SOURCE_BEFORE.test(s.text.slice(0, m.start)) && m.kind !== 'year') return 'a source';
	if (m.kind !== 'person' && SOURCE_AFTER.test(s.text.slice(m.end))) return 'a source';
	// Part of a longer name: "New Year's _____", "Prime _____", "_____ of State".
	const prev = s.tokens[m.first - 1];
	const next = s.tokens[m.last + 1];
	const glued = (a: { post: string } | undefined) => !!a && /^\s$/.test(a.post);
	const nameLike = (t: typeof prev) => !!t && /^\p{Lu}/u.test(t.text) && t.lower !== 'the';
	if (!/^(?:person|country|city|org|region|place|year|date)$/.test(m.kind)) {
		if ((nameLike(prev) && glued(prev) && m.first > 0) || (nameLike(next) && glued(s.tokens[m.last])))
			return 'part of a name';
		if (/^\p{Lu}/u.test(m.text) && next?.lower === 'of' && nameLike(s.tokens[m.last + 2]))
			return 'part of a name';
	}
	// "the second figure of a currency conversion": "$3.5bn (£1.8bn)" keeps the first figure only.
	if (m.kind === 'number' && /\(\s*$/.test(s.text.slice(0, m.start))) return 'a conversion';
	return undefined;
}

const stemWords = (stem: string) => stem.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

const GENERIC_NAME_WORDS =
	/^(?:republic|kingdom|democratic|federal|people's|united|national|international|university|college|institute|union|states?|party|council|world|war|new|north|south|east|west|great|royal|central|prize|award)$/;

/**
 * Whether the stem still names the answer: the same words, the nationality of an answered country, the country of
 * an answered capital ("the Kenyan capital _____"), a year pinned by another ("a year after her death in 1852").
 */
export function givesAway(stem: string, answer: string): boolean {
	const words = new Set(stemWords(stem));
	const answerWords = stemWords(answer).filter((w) => w.length >= 3 && !/^(?:the|and|of)$/.test(w));
	// Generic words of a name ("Republic", "University") shared with the stem do not give it away, its own words do.
	const own = answerWords.filter((w) => !GENERIC_NAME_WORDS.test(w));
	if ((own.length ? own : answerWords).some((w) => words.has(w))) return true;
	// "the beta cells secrete insulin… _____ of insulin is inhibited" → "secretion": the same word's other form.
	const stems = new Set([...words].filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
	if (own.some((w) => w.length >= 5 && stems.has(w.slice(0, 5)))) return true;
	// "termed '_____' after the Moon" → "moons": the singular is in the stem.
	if (own.some((w) => /s$/.test(w) && words.has(w.replace(/e?s$/, '')))) return true;
	const lower = answer.toLowerCase();
	for (const [demonym, country] of Object.entries(DEMONYMS)) {
		const named = words.has(demonym.toLowerCase()) || words.has(country.toLowerCase());
		if (!named) continue;
		if (country.toLowerCase() === lower) return true;
		if (countryInfo(country)?.capital.toLowerCase() === lower && /\bcapital\b/i.test(stem)) return true;
	}
	// "the _____ capital Bamako" → "Malian": the capital names its country.
	const capital = countryInfo(DEMONYMS[answer] ?? answer)?.capital.toLowerCase();
	if (capital && /\bcapital\b/i.test(stem) && stemWords(capital).every((w) => words.has(w))) return true;
	// "the so-called _____ group", "_____ (the study of …)": the words beside the blank say what it is.
	if (/so-called\s+_____/.test(stem) || /_____\s*\((?:the|a|an|or|also|i\.e\.)\s/i.test(stem)) return true;
	// "_____ m (110 ft)": a conversion beside the blank gives the number away.
	if (/^[\d.,\s]+/.test(answer) && /_____\s*[\p{L}%°]*\s*\(\s*(?:about\s+|c\.\s*)?[\d.,]+/u.test(stem))
		return true;
	if (
		/^\d{4}$/.test(answer) &&
		/\b(?:a|one|two|three|\d+) years? (?:after|before|later|earlier)\b[^.]*\b\d{4}\b/i.test(stem)
	)
		return true;
	return false;
}
