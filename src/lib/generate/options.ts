/**
 * Wrong options of the answer's kind and group: from the article first, then the gazetteers, then (for years, dates
 * and numbers) values spread the way real values are. Never one the article makes true, never one the stem names,
 * never one of another form (capitals, "the", plural, length), and after a limit word ("since", "more than") only
 * values on the false side of it.
 */
import type { AnswerKind } from '../deck/model.ts';
import { ORGANISATION_SORTS, REGIONS, neighbourCities, neighbourCountries } from './gazetteer.ts';
import { inList } from './filters.ts';
import type { Mention, Sentence } from './mentions.ts';
import { NUMBER_WORDS } from './values.ts';

const MONTHS = 'January February March April May June July August September October November December'.split(
	' '
);
const STOP = new Set(
	'that this with from have has had been were was which where when their there they would will about after before into over under between since while against'.split(
		' '
	)
);
/** The latest year an option may name. */
const LAST_YEAR = 2026;

export interface PoolEntry {
	text: string;
	key: string;
	group: string;
	kind: AnswerKind;
	/** How often the article names it. */
	n: number;
}

export interface Pool {
	/** Keys never offered: the article's own subject. */
	excluded: ReadonlySet<string>;
	sentencesOf: Map<string, Sentence[]>;
	wordsOf: Map<Sentence, string[]>;
	byGroup: Map<string, PoolEntry[]>;
}

export interface OptionSet {
	options: string[];
	/** How many came from the article, the gazetteers, or were made from the answer's value. */
	fromArticle: number;
	fromGazetteer: number;
	generated: number;
}

const contentWords = (text: string) =>
	(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));

export function buildPool(
	sentences: Sentence[],
	entries: (s: Sentence) => PoolEntry[],
	excluded: ReadonlySet<string>
): Pool {
	const counts = new Map<string, PoolEntry>();
	for (const s of sentences)
		for (const e of entries(s)) {
			const seen = counts.get(`${e.group}|${e.key}`);
			if (seen) seen.n++;
			else counts.set(`${e.group}|${e.key}`, { ...e, n: 1 });
		}
	const byGroup = new Map<string, PoolEntry[]>();
	for (const e of [...counts.values()].sort((a, b) => b.n - a.n))
		(byGroup.get(e.group) ?? byGroup.set(e.group, []).get(e.group))?.push(e);
	const sentencesOf = new Map<string, Sentence[]>();
	for (const s of sentences)
		for (const key of new Set(s.mentions.map((m) => m.key)))
			(sentencesOf.get(key) ?? sentencesOf.set(key, []).get(key))?.push(s);
	const wordsOf = new Map(sentences.map((s) => [s, contentWords(s.text)]));
	return { excluded, sentencesOf, wordsOf, byGroup };
}

/** Whether the article says something close to the stem about `candidateKey` (then it is not clearly wrong). */
function madeTrue(
	pool: Pool,
	s: Sentence,
	answerKey: string,
	candidateKey: string,
	anchors: Set<string>
): boolean {
	for (const t of pool.sentencesOf.get(candidateKey) ?? []) {
		const hit = t.mentions.find((m) => m.key === candidateKey);
		if (!hit) continue;
		// Things listed together share what is said of them.
		const withAnswer = t.mentions.find((m) => m.key === answerKey);
		if (withAnswer && (inList(t, hit) || inList(t, withAnswer))) return true;
		if (t === s) continue;
		const shared = new Set((pool.wordsOf.get(t) ?? []).filter((w) => anchors.has(w)));
		if (shared.size >= Math.min(3, Math.max(2, anchors.size >> 1))) return true;
	}
	return false;
}

type Side = 'lower' | 'higher' | 'apart' | 'any';

/** Which options stay false after the word before the blank: "since 1990" is true of 1995 too. */
export function sideOf(stemBefore: string): Side {
	const before = stemBefore.toLowerCase().slice(-24);
	if (/\b(?:since|by|before|until|till|prior to)\s+(?:the\s+)?$/.test(before)) return 'lower';
	if (/\bafter\s+(?:the\s+)?$/.test(before)) return 'higher';
	if (
		/\b(?:more than|over|at least|above|exceeding|upwards of|in excess of|as many as|as much as)\s+$/.test(
			before
		)
	)
		return 'higher';
	if (/\b(?:less than|under|fewer than|at most|up to|below|no more than)\s+$/.test(before)) return 'lower';
	if (
		/\b(?:about|around|nearly|almost|roughly|some|approximately|about|c\.|circa|estimated|an estimated)\s+$/.test(
			before
		)
	)
		return 'apart';
	return 'any';
}

function keepSide(side: Side, value: number, answer: number, minGap: number): boolean {
	if (side === 'lower' && value >= answer) return false;
	if (side === 'higher' && value <= answer) return false;
	return Math.abs(value - answer) >= minGap;
}

function yearOptions(answer: string, side: Side): string[] {
	const m = /^(\d{3,4})(s?)$/.exec(answer);
	if (!m) return [];
	const year = Number(m[1]);
	const decade = m[2] === 's';
	const step = decade ? 10 : 1;
	const offsets = decade ? [-2, 1, -1, 2, -3, 3] : [-6, 4, -3, 7, -11, 9, -2, 13];
	const gap = side === 'apart' ? 8 : 1;
	return offsets
		.map((d) => year + d * step)
		.filter((y) => y <= LAST_YEAR && y > 0 && keepSide(side, y, year, gap * step))
		.map((y) => `${y}${m[2]}`);
}

function withSuffix(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** Rounds to the precision the answer shows: 120 → tens, 4.6 → tenths, 27,000 → thousands. */
function roundLike(value: number, digits: string): number {
	const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
	if (decimals) return Number(value.toFixed(decimals));
	const zeros = /0*$/.exec(digits.replace(/[.,]/g, ''))?.[0].length ?? 0;
	const unit = 10 ** Math.min(zeros, Math.max(0, Math.floor(Math.log10(Math.max(1, value))) - 1));
	return Math.max(unit, Math.round(value / unit) * unit);
}

/** The number a value states: "£4.6m" → 4.6, "27,000" → 27000, "eight" → 8. */
function valueOf(text: string): number {
	const word = NUMBER_WORDS.indexOf(text.toLowerCase());
	if (word >= 0) return word;
	return Number(/\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
}

const isMultiple = (a: number, b: number) => {
	const r = Math.max(a, b) / Math.min(a, b);
	return Math.abs(r - Math.round(r)) < 1e-9 && Math.round(r) >= 2;
};

/** Other values in the answer's format, spread like real values: never multiples of the answer. */
export function numberOptions(answer: string, side: Side): string[] {
	const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(answer);
	if (ordinal) {
		const n = Number(ordinal[1]);
		return [1, -1, 2, -2, 3]
			.map((d) => n + d)
			.filter((v) => v > 0 && keepSide(side, v, n, 1))
			.map(withSuffix);
	}
	if (/\d\s*(?:[–-]|to)\s*\d/.test(answer)) return [];
	const word = NUMBER_WORDS.indexOf(answer.toLowerCase());
	if (word >= 0)
		return [1, -1, 2, 3, -2, 4]
			.map((d) => word + d)
			.filter((v) => v >= 2 && v < NUMBER_WORDS.length && keepSide(side, v, word, 1))
			.map((v) => {
				const w = NUMBER_WORDS[v] as string;
				return /^\p{Lu}/u.test(answer) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
			});
	const m = /^(\D*?)(\d[\d,]*(?:\.\d+)?)(.*)$/.exec(answer);
	if (!m) return [];
	const [, pre = '', digits = '', post = ''] = m;
	const value = Number(digits.replace(/,/g, ''));
	if (!value) return [];
	const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
	const format = (v: number) => {
		const fixed = v.toFixed(decimals);
		return digits.includes(',')
			? Number(fixed).toLocaleString('en-US', { minimumFractionDigits: decimals })
			: fixed;
	};
	// Small counts: the neighbours a person might confuse.
	const small = Number.isInteger(value) && value <= 12 && !decimals;
	// Near enough to be believed, far enough to be clearly wrong; never twice the value or more.
	const factors = small ? [] : [0.75, 1.3, 0.6, 1.55, 0.85, 1.15, 0.5, 1.8];
	const values = small
		? [1, -1, 2, 3, -2, 4].map((d) => value + d)
		: factors.map((f) => roundLike(value * f, digits));
	const gap = side === 'apart' ? value * 0.25 : small ? 1 : value * 0.1;
	return [...new Set(values)]
		.filter((v) => v > 0 && v !== value && keepSide(side, v, value, gap) && !isMultiple(v, value))
		.map((v) => pre + format(v) + post);
}

function ageOptions(answer: string): string[] {
	const n = Number(answer);
	return Number.isInteger(n)
		? [-5, 3, 8, -3, 6]
				.map((d) => n + d)
				.filter((v) => v > 0)
				.map(String)
		: [];
}

function dateOptions(answer: string): string[] {
	const month = MONTHS.find((mo) => answer.includes(mo));
	if (!month) return [];
	const day = /\b(\d{1,2})\b/.exec(answer);
	if (day) {
		const d = Number(day[1]);
		return [-5, 7, 11, -9, 3]
			.map((k) => d + k)
			.filter((v) => v >= 1 && v <= 28)
			.map((v) => answer.replace(day[0], String(v)));
	}
	const i = MONTHS.indexOf(month);
	return [3, -3, 5, -5, 2, -2].map((d) => answer.replace(month, MONTHS[(i + d + 12) % 12] as string));
}

function gazetteerOptions(kind: AnswerKind, group: string, answer: string): string[] {
	switch (kind) {
		case 'country':
			return neighbourCountries(answer);
		case 'city':
			return neighbourCities(answer);
		case 'nationality':
			return [];
		case 'organisation': {
			// Only bodies the gazetteer lists, for bodies it lists: ECOWAS for the African Union, never for a parliament.
			const sort = Object.entries(ORGANISATION_SORTS).find(([, names]) => names.includes(answer))?.[0];
			return sort === 'intergovernmental' || sort === 'armed' ? (ORGANISATION_SORTS[sort] ?? []) : [];
		}
		case 'place':
			return group === 'place:region' ? REGIONS : [];
		default:
			return [];
	}
}

const wordCount = (x: string) => x.split(/\s+/).length;
const capitalised = (x: string) => /^\p{Lu}/u.test(x);
const allCaps = (x: string) => /^[\p{Lu}\d.&-]+$/u.test(x);
const withArticle = (x: string) => /^(?:the|a|an)\s/i.test(x);

/** Same look as the answer: no option stands out by capitals, "the", plural or length. */
export function sameForm(kind: AnswerKind, answer: string, option: string): boolean {
	if (capitalised(answer) !== capitalised(option) || allCaps(answer) !== allCaps(option)) return false;
	if (withArticle(answer) !== withArticle(option)) return false;
	if (kind === 'person') return wordCount(answer) === wordCount(option);
	if (kind === 'term' || kind === 'role') {
		if (/s$/.test(answer) !== /s$/.test(option)) return false;
	}
	const ratio = option.length / answer.length;
	return Math.abs(wordCount(answer) - wordCount(option)) <= 1 && ratio <= 2.2 && ratio >= 0.45;
}

/** A person's option in the answer's form: a last name for a last name. */
/**
 * A person's option in the answer's form: a full name for a full name, a last name for a last name. A one-word
 * name that is no known full name's last word ("Audrey", "Cardiff") is no option for a last name.
 */
function personForm(text: string, answer: string): string | undefined {
	if (answer.includes(' ')) return text.includes(' ') ? text : undefined;
	return text.includes(' ') ? (text.split(' ').at(-1) as string) : undefined;
}

/** Up to three wrong options for `answer`, blanked out of `stem`, best first, with where they came from. */
export function optionsFor(
	pool: Pool,
	s: Sentence,
	answer: Mention,
	kind: AnswerKind,
	group: string,
	stem: string
): OptionSet {
	const out: string[] = [];
	const set: OptionSet = { options: out, fromArticle: 0, fromGazetteer: 0, generated: 0 };
	const answerText = answer.text;
	const stemLower = stem.toLowerCase();
	const anchors = new Set(contentWords(stem));
	const nextWord = /_____\s+(\p{L}+)/u.exec(stemLower)?.[1];
	const before = stem.slice(0, stem.indexOf('_____'));
	const side = sideOf(before);
	// An age: a few years either way ("died aged 92" → 87, 95, 89), not a share of it.
	const age = /\b(?:aged|age of|at the age of)\s+$/i.test(before);
	const seen = new Set([answerText.toLowerCase()]);
	const numeric = kind === 'year' || kind === 'number' || kind === 'quantity' || kind === 'date';
	const take = (text: string, key: string, source: 'fromArticle' | 'fromGazetteer' | 'generated') => {
		const lower = text.toLowerCase();
		if (out.length >= 3 || seen.has(lower) || stemLower.includes(lower) || pool.excluded.has(key)) return;
		// "the so-called _____ group" does not take "Wagner Group"; "Niger" is no option for "Nigeria".
		const lastWord = /(\p{L}+)$/u.exec(lower)?.[1];
		if (lastWord && nextWord === lastWord) return;
		if (!numeric && lower.slice(0, 4) === answerText.toLowerCase().slice(0, 4)) return;
		// "Ada" and "Lovelace" are one person: an option sharing a name's word with the answer is no other thing.
		const answerWords = new Set(answerText.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
		if (!numeric && (lower.match(/\p{L}{3,}/gu) ?? []).some((w) => answerWords.has(w))) return;
		if (!sameForm(kind, answerText, text) || madeTrue(pool, s, answer.key, key, anchors)) return;
		seen.add(lower);
		out.push(text);
		set[source]++;
	};
	if (kind === 'year') for (const y of yearOptions(answerText, side)) take(y, y, 'generated');
	else if (kind === 'number' || kind === 'quantity') {
		// Values the article gives in the same unit come first: they are the ones a reader might mix up.
		const value = valueOf(answerText);
		// Same shape too: an ordinal for an ordinal ("17th"), never a range ("75–76") for a single value.
		const shape = (x: string) => x.replace(/\d[\d,.]*/g, '#');
		// Only measures share a unit; two bare counts (92 caps, 36 years) say nothing of each other.
		const sameUnit = kind === 'number' ? (pool.byGroup.get(group) ?? []) : [];
		for (const e of sameUnit) {
			if (shape(e.text) !== shape(answerText)) continue;
			const v = valueOf(e.text);
			const near = v > 0 && v / value < 5 && value / v < 5 && !isMultiple(v, value);
			if (e.key !== answer.key && near && keepSide(side, v, value, value * 0.1))
				take(e.text, e.key, 'fromArticle');
		}
		const made = age ? ageOptions(answerText) : numberOptions(answerText, side);
		for (const v of made) take(v, v.toLowerCase(), 'generated');
	} else if (kind === 'date') for (const d of dateOptions(answerText)) take(d, d.toLowerCase(), 'generated');
	// A place of no known sort ("Woolsthorpe Manor") has no options: nothing says what else it could be.
	else if (kind !== 'term' && group !== 'place:other') {
		for (const e of pool.byGroup.get(group) ?? []) {
			const text = kind === 'person' ? personForm(e.text, answerText) : e.text;
			if (e.key !== answer.key && text) take(text, e.key, 'fromArticle');
		}
		for (const g of gazetteerOptions(kind, group, answerText)) take(g, g.toLowerCase(), 'fromGazetteer');
	}
	return set;
}
