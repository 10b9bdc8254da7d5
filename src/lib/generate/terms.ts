/** Key terms of the article ("radioactivity", "seafloor spreading"): recurring or defined noun phrases. */
import type { Mention, Sentence } from './mentions.ts';
import type { Token } from './tagger.ts';

// Nouns too general to be worth a question on their own.
const GENERIC = new Set(
	(
		'people person year years time times way part parts number world area areas country countries city cities state ' +
		'states group groups life day days work home family system systems example form forms kind type types lot place ' +
		'places end case cases point fact thing things side level order use result results reason member members ' +
		'percent government company companies others other one ones today week weeks month months century centuries ' +
		'decade decades period history name names word words term terms men women man woman children child friend ' +
		'leader leaders minister head country region regions line lines water land power sort range amount size ' +
		'rate rates level levels process effect effects role change changes problem problems issue issues question ' +
		'questions idea ideas study studies research report reports news story stories age ages day night ' +
		'university college school town company institution organisation organization museum church'
	).split(' ')
);
const UNITS =
	/^(?:kilometre|metre|meter|mile|centimetre|millimetre|kilogram|gram|tonne|hectare|litre|degree|percent)s?$/;
const STOP_TAGS = [
	'Determiner',
	'Pronoun',
	'Value',
	'Preposition',
	'Conjunction',
	'Adverb',
	'Verb',
	'QuestionWord'
];
// "a process called subduction", "a special “super generation”": the text defines the term.
const DEFINED =
	/(?:\b(?:called|known as|termed|named|dubbed)\s+(?:the\s+|an?\s+)?(?:first\s+|second\s+)?|[“"]|,\s+or\s+)$/i;
// Adjectives that say nothing about what a term is: "the first woman", "many other ones".
const VAGUE =
	/^(?:first|second|third|last|only|new|other|many|same|such|own|main|major|several|few|whole|certain|big|small|large|great|good|long|high|low|early|late|recent|next|various|different|further|key|important)$/;

const isTermWord = (t: Token) =>
	/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) &&
	t.text.length > 2 &&
	(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Gerund')) &&
	!STOP_TAGS.some((tag) => t.tags.has(tag) && !(tag === 'Verb' && t.tags.has('Gerund')));
const norm = (words: string[]) => words.map((w) => w.replace(/(?<=\w{3})s$/, '')).join(' ');

// "pedagogy, the science of teaching,", "forwarding nodes (packet switches)", "A teacher is a person who…".
const APPOSITION = /^(?:,\s+(?:a|an|the)\s+\p{Ll}[^,]*(?:,|\.$)|\s+\()/u;
const COPULA = /^\s+(?:is|are|was|were)\s+(?:a|an|the)\s/;

function isDefined(s: Sentence, x: Span): boolean {
	const before = s.text.slice(0, (s.tokens[x.first] as Token).start);
	const after = s.text.slice((s.tokens[x.last] as Token).end);
	// In a list ("craftsmanship or vocational training, the arts, …") a comma is no apposition.
	const listed = /(?:,|\band|\bor)\s*$/.test(before);
	return (
		DEFINED.test(before) ||
		(!listed && APPOSITION.test(after)) ||
		(/^(?:(?:A|An|The)\s+)?$/.test(before) && COPULA.test(after))
	);
}

interface Span {
	first: number;
	last: number;
	key: string;
	whole: boolean;
}

/** Runs of term words ending in a noun, and their tails: "new elements" → also "elements". */
function spans(tokens: Token[]): Span[] {
	const out: Span[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (!isTermWord(tokens[i] as Token) || VAGUE.test((tokens[i] as Token).lower)) continue;
		let j = i;
		while (
			j + 1 < tokens.length &&
			isTermWord(tokens[j + 1] as Token) &&
			/^\s+$/.test((tokens[j] as Token).post)
		)
			j++;
		let last = j;
		// A run ends with a noun, or a gerund after a noun ("seafloor spreading").
		const nounish = (k: number) =>
			(tokens[k] as Token).tags.has('Noun') ||
			(k > i && (tokens[k] as Token).tags.has('Gerund') && (tokens[k - 1] as Token).tags.has('Noun'));
		while (last >= i && !nounish(last)) last--;
		// "the French physicist Henri Becquerel": a title before a name is no term.
		if (/^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') && /^\s+$/.test((tokens[last] as Token).post)) {
			i = j;
			continue;
		}
		// Tails of the run count towards a term, but only a run without leading nouns is asked as one.
		for (let first = Math.max(i, last - 2); first <= last; first++) {
			const words = tokens.slice(first, last + 1).map((t) => t.lower);
			const whole = tokens.slice(i, first).every((t) => !t.tags.has('Noun'));
			out.push({ first, last, key: norm(words), whole });
		}
		i = j;
	}
	return out;
}

/** Adds the article's key terms to its sentences' mentions, as kind "term". */
export function addTerms(sentences: Sentence[], totalWords: number): void {
	const found = sentences.map((s) => spans(s.tokens));
	const count = new Map<string, number>();
	const defined = new Set<string>();
	const plural = new Set<string>();
	found.forEach((list, k) => {
		const s = sentences[k] as Sentence;
		for (const key of new Set(list.map((x) => x.key))) count.set(key, (count.get(key) ?? 0) + 1);
		for (const x of list) if ((s.tokens[x.last] as Token).tags.has('Plural')) plural.add(x.key);
		for (const x of list) if (isDefined(s, x)) defined.add(x.key);
	});
	const worth = (key: string) => {
		const words = key.split(' ');
		const head = words.at(-1) as string;
		if ((GENERIC.has(head) || GENERIC.has(head + 's')) && words.length === 1) return 0;
		if (words.length === 1 && (/ing$/.test(head) || UNITS.test(head))) return 0;
		// A lone plural ("geologists") is rarely a key term unless the text defines it.
		if (words.length === 1 && plural.has(key) && !defined.has(key)) return 0;
		const n = count.get(key) ?? 0;
		const base = defined.has(key) ? n + 2 : n >= 2 ? n : 0;
		return base && (words.length > 1 || head.length >= 6 || defined.has(key))
			? base * (1 + 0.3 * (words.length - 1))
			: 0;
	};
	const keys = [...count.keys()]
		.filter((k) => worth(k) > 0)
		.sort((a, b) => worth(b) - worth(a) || a.localeCompare(b))
		.slice(0, Math.max(5, Math.round(totalWords / 40)));
	const chosen = new Set(keys);
	found.forEach((list, k) => {
		const s = sentences[k] as Sentence;
		const taken = (a: number, b: number) => s.mentions.some((m) => m.first <= b && a <= m.last);
		// The longest chosen term of each run.
		const best = list
			.filter((x) => x.whole && chosen.has(x.key))
			.sort((a, b) => b.last - b.first - (a.last - a.first));
		for (const x of best) {
			if (taken(x.first, x.last)) continue;
			const start = (s.tokens[x.first] as Token).start;
			const end = (s.tokens[x.last] as Token).end;
			const m: Mention = {
				text: s.text.slice(start, end),
				start,
				end,
				first: x.first,
				last: x.last,
				kind: 'term',
				key: x.key
			};
			s.mentions.push(m);
		}
		s.mentions.sort((a, b) => a.start - b.start);
	});
}
