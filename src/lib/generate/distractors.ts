/** Wrong options of the answer's type: from the article first, then the gazetteer; never one the article makes true. */
import { CITIES, COUNTRIES, ORGANISATION_SORTS, REGIONS, organisationSort } from './gazetteer.ts';
import { distractorGroup, type EntityKind, type Mention, type Sentence } from './mentions.ts';
import { inList } from './filters.ts';
import { NUMBER_WORDS } from './values.ts';

const MONTHS = 'January February March April May June July August September October November December'.split(
	' '
);
const STOP = new Set(
	'that this with from have has had been were was which where when their there they would will about after before into over under between since while against'.split(
		' '
	)
);

export interface Pool {
	/** The sentences naming each entity, and each sentence's content words, looked up for every option. */
	sentencesOf: Map<string, Sentence[]>;
	wordsOf: Map<Sentence, string[]>;
	/** Article entities by kind group, most frequent first: [display text, key]. */
	byGroup: Map<string, { text: string; key: string }[]>;
}

const contentWords = (text: string) =>
	(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));

export function buildPool(sentences: Sentence[], displayOf: (m: Mention) => string): Pool {
	const counts = new Map<string, { text: string; key: string; group: string; n: number; first: number }>();
	let order = 0;
	for (const s of sentences)
		for (const m of s.mentions) {
			const e = counts.get(m.key) ?? {
				text: displayOf(m),
				key: m.key,
				group: distractorGroup(m),
				n: 0,
				first: order++
			};
			e.n++;
			counts.set(m.key, e);
		}
	const byGroup = new Map<string, { text: string; key: string }[]>();
	for (const e of [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first))
		(byGroup.get(e.group) ?? byGroup.set(e.group, []).get(e.group))?.push({ text: e.text, key: e.key });
	const sentencesOf = new Map<string, Sentence[]>();
	for (const s of sentences)
		for (const key of new Set(s.mentions.map((m) => m.key)))
			(sentencesOf.get(key) ?? sentencesOf.set(key, []).get(key))?.push(s);
	const wordsOf = new Map(sentences.map((s) => [s, contentWords(s.text)]));
	return { sentencesOf, wordsOf, byGroup };
}

/** Whether the article says something close to the stem about `candidate` (then it is not clearly wrong). */
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

const VARIANTS = /^(?:U\.?[SK]\.?|USA|England|Scotland|Wales|Britain|America)$/;

/** Gazetteer entries of the kind, nearest to the answer's place in the list first (neighbours are plausible). */
const nearest = new Map<string, string[]>();

function gazetteerFor(kind: EntityKind, answer: string): string[] {
	const memo = nearest.get(`${kind}|${answer}`);
	if (memo) return memo;
	const list = nearestEntries(kind, answer);
	nearest.set(`${kind}|${answer}`, list);
	return list;
}

function nearestEntries(kind: EntityKind, answer: string): string[] {
	const names =
		kind === 'country'
			? COUNTRIES.filter((c) => !VARIANTS.test(c))
			: kind === 'city'
				? CITIES
				: kind === 'region'
					? REGIONS
					: kind === 'org'
						? (ORGANISATION_SORTS[organisationSort(answer) ?? ''] ?? [])
						: [];
	const at = names.findIndex((n) => n.toLowerCase() === answer.toLowerCase());
	if (at < 0) return names;
	return names
		.map((n, i) => ({ n, d: Math.abs(i - at) + (i < at ? 0.5 : 0) }))
		.sort((a, b) => a.d - b.d)
		.map((e) => e.n);
}

function withSuffix(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

function numericVariants(answer: string): string[] {
	// "19th" century: the neighbours, with their own suffixes.
	const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(answer);
	if (ordinal)
		return [1, -1, 2, -2, 3, -3]
			.map((d) => withSuffix(Number(ordinal[1]) + d))
			.filter((o) => !o.startsWith('-'));
	// A range ("1869–1909", "25 to 30 million years") has no simple variants.
	if (/\d\s*(?:[–-]|to)\s*\d/.test(answer)) return [];
	const word = NUMBER_WORDS.indexOf(answer.toLowerCase());
	if (word >= 0)
		return [1, 2, -1, 3, -2, 4]
			.map((d) => NUMBER_WORDS[word + d])
			.filter((w): w is string => !!w && w !== 'zero' && w !== 'one');
	const m = /^(\D*?)([\d,]*\d(?:\.\d+)?)(.*)$/.exec(answer);
	if (!m) return [];
	const [, pre = '', num = '', post = ''] = m;
	const value = Number(num.replace(/,/g, ''));
	const decimals = num.includes('.') ? (num.split('.')[1]?.length ?? 0) : 0;
	const commas = num.includes(',');
	const format = (v: number) => {
		const fixed = v.toFixed(decimals);
		return commas ? Number(fixed).toLocaleString('en-US', { minimumFractionDigits: decimals }) : fixed;
	};
	if (/^(?:1[0-9]{3}|20[0-9]{2})$/.test(num) && !pre && !post.trim()) {
		return [1, -1, 2, -2, 3, -3, 5, -5].map((d) => String(value + d));
	}
	const factors =
		value > 0 && value < 12 && !decimals ? [2, 3, 4, 5, 6].map((f) => f / value) : [2, 0.5, 1.5, 3, 0.75];
	return factors.map((f) => pre + format(value * f) + post).filter((v) => v !== answer);
}

function monthVariants(answer: string): string[] {
	const month = MONTHS.find((mo) => answer.includes(mo));
	if (!month) return [];
	const i = MONTHS.indexOf(month);
	return [3, -3, 5, -5, 2, -2].map((d) => answer.replace(month, MONTHS[(i + d + 12) % 12] as string));
}

function sameForm(kind: EntityKind, a: string, b: string): boolean {
	const words = (x: string) => x.split(/\s+/).length;
	if (kind === 'org' && organisationSort(a) !== organisationSort(b)) return false;
	if (kind === 'person') return words(a) === words(b);
	if (kind === 'year' || kind === 'number') return plausibleNumber(a, b);
	if (kind === 'date') return dateShape(a) === dateShape(b);
	if (kind === 'term') return words(a) === words(b) && /s$/.test(a) === /s$/.test(b);
	return /^[\p{Lu}\d]+$/u.test(a) === /^[\p{Lu}\d]+$/u.test(b) && Math.abs(words(a) - words(b)) <= 1;
}

const dateShape = (x: string) => MONTHS.reduce((s, m) => s.replace(m, 'M'), x.replace(/\d+/g, '#'));

/** Same unit and format, and not wildly off: 1867 ↔ 1871, "96" ↔ "48", never "19" ↔ "1995". */
function plausibleNumber(a: string, b: string): boolean {
	const unit = (x: string) => x.replace(/[\d.,]+/g, '#');
	const value = (x: string) => Number(/[\d.,]*\d/.exec(x)?.[0]?.replace(/,/g, '') ?? NaN);
	if (NUMBER_WORDS.includes(a.toLowerCase())) return NUMBER_WORDS.includes(b.toLowerCase());
	if (/^\d+(?:st|nd|rd|th)$/.test(a))
		return /^\d+(?:st|nd|rd|th)$/.test(b) && Math.abs(parseInt(a) - parseInt(b)) <= 5;
	if (unit(a) !== unit(b)) return false;
	const [x, y] = [value(a), value(b)];
	if (/^(?:1[0-9]{3}|20[0-9]{2})s?$/.test(a)) return Math.abs(x - y) <= 20;
	return y > 0 && x / y <= 4 && y / x <= 4;
}

/** Up to `count` distractors for `answer` blanked out of `stem`, in a fixed order. */
export function distractorsFor(
	pool: Pool,
	s: Sentence,
	answer: Mention,
	stem: string,
	count: number
): string[] {
	const answerText = answer.text;
	// A name of unknown type has no distractors of the same type.
	if (answer.kind === 'name') return [];
	const fromArticle = (pool.byGroup.get(distractorGroup(answer)) ?? []).filter((e) => e.key !== answer.key);
	const generated =
		answer.kind === 'year' || answer.kind === 'number'
			? numericVariants(answerText)
			: answer.kind === 'date'
				? monthVariants(answerText)
				: gazetteerFor(answer.kind, answerText);
	const stemLower = stem.toLowerCase();
	const anchors = new Set(contentWords(stem));
	const nextWord = /_____\s+(\p{L}+)/u.exec(stemLower)?.[1];
	const out: string[] = [];
	const seen = new Set([answerText.toLowerCase()]);
	const take = (text: string, key: string) => {
		const lower = text.toLowerCase();
		if (out.length >= count || seen.has(lower) || stemLower.includes(lower)) return;
		// "the so-called _____ group" does not take "Wagner Group".
		const lastWord = /(\p{L}+)$/u.exec(lower)?.[1];
		if (lastWord && nextWord === lastWord) return;
		if (
			lower.slice(0, 4) === answerText.toLowerCase().slice(0, 4) &&
			answer.kind !== 'year' &&
			answer.kind !== 'number'
		)
			return;
		if (!sameForm(answer.kind, answerText, text) || madeTrue(pool, s, answer.key, key, anchors)) return;
		seen.add(lower);
		out.push(text);
	};
	for (const e of fromArticle)
		take(answer.kind === 'person' ? personForm(e.text, answerText) : e.text, e.key);
	for (const g of generated) take(g, g.toLowerCase());
	return out;
}

/** A person's distractor in the answer's form: a last name for a last name. */
function personForm(text: string, answer: string): string {
	return answer.includes(' ') || !text.includes(' ') ? text : (text.split(' ').at(-1) as string);
}
