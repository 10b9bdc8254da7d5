/** Tags every prose sentence and finds its mentions, resolving names across the article. */
import type { ArticleBlock } from '../deck/model.ts';
import type { Mention, Sentence } from './mentions.ts';
import { collectAcronyms } from './acronyms.ts';
import { countryKey } from './gazetteer.ts';
import { collectMidCaps, findNames, type NameContext } from './names.ts';
import { findNationalities, findRoles } from './roles.ts';
import { tagSentences, type Token } from './tagger.ts';
import { addTerms } from './terms.ts';
import { findValues } from './values.ts';

const SLICE = 40;

export interface Analysis {
	sentences: Sentence[];
	names: NameContext;
}

function personsOf(mentions: Mention[]): Map<string, string> {
	const persons = new Map<string, string>();
	const lastNames = new Map<string, Set<string>>();
	for (const m of mentions) {
		if (m.kind !== 'person' || !m.text.includes(' ')) continue;
		persons.set(m.key, m.text);
		const lastName = m.key.split(' ').at(-1) as string;
		(lastNames.get(lastName) ?? lastNames.set(lastName, new Set()).get(lastName))?.add(m.text);
	}
	// A last name alone stands for the person only when one person of the article bears it, and no other name
	// starts with it ("Harvard" is the university when the article also names "Harvard College").
	const otherNames = new Set(
		mentions.filter((m) => m.kind !== 'person' && m.key.includes(' ')).map((m) => m.key.split(' ')[0])
	);
	for (const [lastName, full] of lastNames)
		if (full.size === 1 && !otherNames.has(lastName)) persons.set(lastName, [...full][0] as string);
	return persons;
}

export function analyse(blocks: ArticleBlock[], onProgress?: (fraction: number) => void): Analysis {
	const all = blocks.flatMap((b, paragraph) =>
		b.kind === 'paragraph' ? b.sentences.map((text) => ({ text, paragraph })) : []
	);
	// Tag in slices so that a long article reports its progress.
	const raw: { text: string; paragraph: number; tokens: Token[] }[] = [];
	for (let from = 0; from < all.length; from += SLICE) {
		const slice = all.slice(from, from + SLICE);
		tagSentences(slice.map((s) => s.text)).forEach((tokens, k) =>
			raw.push({ ...(slice[k] as (typeof all)[number]), tokens })
		);
		onProgress?.((0.8 * raw.length) / all.length);
	}
	const names: NameContext = {
		midCaps: collectMidCaps(raw.map((s) => s.tokens)),
		acronyms: new Map(),
		persons: new Map()
	};
	for (const s of raw) collectAcronyms(s.text, names.acronyms);
	names.persons = personsOf(raw.flatMap((s) => findNames(s.tokens, names)));
	const sentences = raw.map((s, index): Sentence => {
		const found = findNames(s.tokens, names).map((m) => resolve(m, names));
		for (const extra of [findValues(s.tokens), findRoles(s.tokens), findNationalities(s.tokens)]) {
			const free = extra.filter((v) => !found.some((m) => v.start < m.end && m.start < v.end));
			found.push(...free);
		}
		const mentions = found.sort((a, b) => a.start - b.start);
		return { text: s.text, index, paragraph: s.paragraph, tokens: s.tokens, mentions };
	});
	addTerms(
		sentences,
		all.reduce((n, s) => n + s.text.split(/\s+/).length, 0)
	);
	return { sentences, names };
}

function resolve(m: Mention, names: NameContext): Mention {
	const person = names.persons.get(m.key);
	if (person) return { ...m, kind: 'person', key: person.toLowerCase() };
	const long = names.acronyms.get(m.text);
	if (long) return { ...m, kind: 'org', key: long.toLowerCase() };
	return m.kind === 'country' ? { ...m, key: countryKey(m.text) } : m;
}
