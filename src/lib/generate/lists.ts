/** Lists of things of one type ("Mali, Burkina Faso and Niger"): asked for whole, never one member alone. */
import { kindGroup, type Mention, type Sentence } from './mentions.ts';
import type { Token } from './tagger.ts';

const PLURAL: Partial<Record<Mention['kind'], string>> = {
	country: 'countries',
	city: 'cities',
	person: 'people',
	org: 'organisations'
};
const NUMBERS = ['', '', 'two', 'three', 'four', 'five', 'six'];
const FINITE = ['PastTense', 'PresentTense', 'Auxiliary', 'Copula', 'Modal'];

export interface ListMention extends Mention {
	size: number;
}

export function findLists(s: Sentence): ListMention[] {
	const out: ListMention[] = [];
	let run: Mention[] = [];
	const flush = () => {
		const last = run.at(-1);
		const first = run[0];
		if (first && last && run.length >= 2 && /\band\s+$/.test(s.text.slice(0, last.start))) {
			out.push({
				text: s.text.slice(first.start, last.end),
				start: first.start,
				end: last.end,
				first: first.first,
				last: last.last,
				kind: first.kind,
				key: 'list:' + run.map((m) => m.key).join('|'),
				size: run.length
			});
		}
		run = [];
	};
	for (const m of s.mentions) {
		const prev = run.at(-1);
		const joined =
			prev &&
			kindGroup(prev.kind) === kindGroup(m.kind) &&
			/^\s*(?:,|,?\s*and)\s*$/.test(s.text.slice(prev.end, m.start)) &&
			!/['’]s$/.test((s.tokens[prev.last] as Token).text);
		if (!joined) flush();
		run.push(m);
	}
	flush();
	return out;
}

/** "The leaders of Mali, Burkina Faso and Niger signed …" → "The leaders of which three countries signed …?" */
export function listQuestion(
	s: Sentence,
	list: ListMention,
	predicate: (from: number) => string | undefined
): string | undefined {
	const plural = PLURAL[list.kind];
	const verb = s.tokens[list.last + 1];
	if (!plural || list.size >= NUMBERS.length || !verb || !FINITE.some((t) => verb.tags.has(t)))
		return undefined;
	if (verb.tags.has('Gerund') || s.text.slice(list.end, verb.start).trim()) return undefined;
	const prefix = s.text.slice(0, list.start);
	if (prefix && !/^The\s+[\p{Ll}\s]+\s+of\s+$/u.test(prefix)) return undefined;
	const rest = predicate(verb.start);
	if (!rest) return undefined;
	const wh = `which ${NUMBERS[list.size]} ${plural}`;
	return prefix ? `${prefix}${wh} ${rest}?` : `${wh[0]?.toUpperCase()}${wh.slice(1)} ${rest}?`;
}
