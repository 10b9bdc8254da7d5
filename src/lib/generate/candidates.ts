/** Overgenerates facts: every usable answer in every sentence that stands alone, scored for importance. */
import type { Analysis } from './analyse.ts';
import { blankOut, type Fact } from './cards.ts';
import { buildPool, distractorsFor } from './distractors.ts';
import {
	expandOpening,
	givesAway,
	inList,
	mainPersonPronoun,
	openingPerson,
	quoted,
	standsAlone,
	withSubject
} from './filters.ts';
import { stableId } from './hash.ts';
import type { EntityKind, Mention, Sentence } from './mentions.ts';
import { findLists, listQuestion } from './lists.ts';
import { predicate, purposeFact, questionFor } from './questions.ts';

const KIND_WEIGHT: Record<EntityKind, number> = {
	person: 3,
	org: 3,
	year: 2.5,
	date: 2,
	country: 2,
	city: 2,
	region: 1.5,
	place: 2,
	number: 2,
	name: 1.5,
	term: 1
};

function usable(s: Sentence, m: Mention, recurring: Map<string, number>): boolean {
	if (m.text.length < 2) return false;
	const next = s.tokens[m.last + 1];
	// "the three Sahel countries", "Tuareg armed groups", "eight U.S. presidents": a name used as a modifier
	// makes a vague blank.
	if (
		/^(?:region|name|country|city)$/.test(m.kind) &&
		!/['’]s$/.test(s.tokens[m.last]?.text ?? '') &&
		next &&
		/^\p{Ll}/u.test(next.text) &&
		next.tags.has('Noun') &&
		(/^(?:region|name)$/.test(m.kind) || next.tags.has('Plural')) &&
		!/[,;:]/.test(s.tokens[m.last]?.post ?? '')
	)
		return false;
	// "physics, chemistry and medicine": one term of a list is a blank with several answers.
	const listed =
		/^\s*(?:,|and\b|or\b)/.test(s.text.slice(m.end)) || /(?:,|\band|\bor)\s*$/.test(s.text.slice(0, m.start));
	if (m.kind === 'term' && listed) return false;
	if (m.kind === 'name') {
		const t = s.tokens[m.first];
		if (!t || t.tags.has('Plural') || ((recurring.get(m.key) ?? 0) < 2 && !t.tags.has('ProperNoun')))
			return false;
	}
	// The acronym in brackets right after its long form does not give the long form away.
	const acronymAfter = (o: Mention) => o.start > m.end && /^\s*\($/.test(s.text.slice(m.end, o.start));
	// An acronym in brackets after its long form gives itself away by its initials.
	const longBefore = s.mentions.some(
		(o) => o.key === m.key && o.end < m.start && /^\s*\($/.test(s.text.slice(o.end, m.start))
	);
	if (longBefore) return false;
	return !inList(s, m) && !s.mentions.some((o) => o !== m && o.key === m.key && !acronymAfter(o));
}

/** The person an article is about: the one its title names, or one named at least three times, twice as often as anyone else. */
function mainPerson(
	sentences: Sentence[],
	recurring: Map<string, number>,
	title: string
): Mention | undefined {
	const persons = new Map<string, Mention>();
	for (const s of sentences)
		for (const m of s.mentions) if (m.kind === 'person' && !persons.has(m.key)) persons.set(m.key, m);
	const inTitle = [...persons.values()].filter((m) => m.text.includes(' ') && title.includes(m.text));
	if (inTitle.length === 1) return inTitle[0];
	const [first, second] = [...persons.keys()].sort(
		(a, b) => (recurring.get(b) ?? 0) - (recurring.get(a) ?? 0)
	);
	const n = (key: string | undefined) => (key ? (recurring.get(key) ?? 0) : 0);
	return first && n(first) >= 3 && n(first) >= 2 * n(second) ? persons.get(first) : undefined;
}

/**
 * What the whole article is about, when its title opens with one named thing ("Marie Curie: the scientist who…",
 * "Lake Baikal, the world's deepest lake, …", "Harvard University"): asking for it would be trivial.
 */
function topicOf(title: string, sentences: Sentence[]): string | undefined {
	const lead = (title.split(/[:,–—]/)[0] ?? '').trim().toLowerCase();
	const named = sentences
		.flatMap((s) => s.mentions)
		.filter((m) => lead.startsWith(m.key) && m.key.length >= 3);
	const inTitle = sentences
		.flatMap((s) => s.mentions)
		.filter((m) => m.kind !== 'term' && title.toLowerCase().includes(m.key));
	const best = named.sort((a, b) => b.key.length - a.key.length)[0];
	if (!best || inTitle.some((m) => m.key !== best.key && !best.key.includes(m.key) && m.kind === best.kind))
		return undefined;
	return best.key;
}

export function candidates(analysis: Analysis, title: string): Fact[] {
	const { sentences, names } = analysis;
	const recurring = new Map<string, number>();
	for (const s of sentences)
		for (const m of s.mentions) recurring.set(m.key, (recurring.get(m.key) ?? 0) + 1);
	const display = (m: Mention) => (m.kind === 'person' ? (names.persons.get(m.key) ?? m.text) : m.text);
	const pool = buildPool(sentences, display);
	const titleLower = title.toLowerCase();
	const main = mainPerson(sentences, recurring, title);
	const topic = topicOf(title, sentences);
	const facts: Fact[] = [];
	for (const s of sentences) {
		const subject =
			openingPerson(s, sentences.slice(Math.max(0, s.index - 2), s.index), display, main?.key) ??
			mainPersonPronoun(s, main, display);
		if (!standsAlone(s, subject)) continue;
		const opening = subject ? undefined : expandOpening(s, sentences[s.index - 1]);
		const blank = (m: Mention) => {
			const stem = withSubject(blankOut(s, m), subject);
			return opening && stem.startsWith(opening.from) ? opening.to + stem.slice(opening.from.length) : stem;
		};
		const words = s.text.split(/\s+/).length;
		const purpose = purposeFact(s);
		if (purpose)
			facts.push({
				sentence: s,
				answer: purpose.answer,
				stem: blank(purpose.answer),
				question: purpose.question,
				distractors: [],
				score: 4,
				sibling: stableId(s.text, purpose.answer.key)
			});
		for (const list of findLists(s)) {
			const stem = blank(list);
			if (givesAway(stem, list.text)) continue;
			const question = listQuestion(s, list, (from) => predicate(s, from));
			const score = 2 + (s.index < 2 ? 1.5 : 0) + (question ? 1.5 : 0) - (words > 40 ? 1 : 0);
			facts.push({
				sentence: s,
				answer: list,
				stem,
				question,
				distractors: [],
				score,
				sibling: stableId(s.text, list.key)
			});
		}
		for (const m of s.mentions) {
			// The topic, or a one-word term of the title ("No single _____ makes the round trip"), is no question.
			const titleWord =
				m.kind === 'term' && !m.text.includes(' ') && titleLower.includes(m.text.toLowerCase());
			if (m.key === topic || titleWord || !usable(s, m, recurring)) continue;
			const stem = blank(m);
			if (givesAway(stem, m.text)) continue;
			const question = questionFor(s, m, names);
			// A thing named again is central, but the article's own topic (named everywhere) is no question.
			const n = recurring.get(m.key) ?? 1;
			let score = KIND_WEIGHT[m.kind] + (n > sentences.length / 4 ? 0 : Math.min(2, n - 1) * 0.5);
			if (m.kind === 'date' && /\d/.test(m.text))
				score += /^\d/.test(m.text) || /\d{1,2},/.test(m.text) ? 1 : 0.5;
			if (m.kind === 'number' && /\p{L}/u.test(m.text)) score += 0.5;
			if (titleLower.includes(m.text.toLowerCase())) score += 1;
			if (s.index < 2 && m.kind !== 'term') score += 1.5;
			if (question) score += question.startsWith('What does') ? 3 : 1.5;
			// "which he named Pangaea", "a process called subduction": the article defines it.
			if (/\b(?:called|named|known as|termed|dubbed)\s+(?:the\s+|an?\s+)?$/i.test(s.text.slice(0, m.start)))
				score += 2;
			if (quoted(s, m)) score -= 1.5;
			if (words > 40) score -= 1;
			facts.push({
				sentence: s,
				answer: m,
				stem,
				question,
				// Options for "What does AES stand for?" would give the answer away by their initials.
				distractors: question?.startsWith('What does') ? [] : distractorsFor(pool, s, m, stem, 3),
				score,
				sibling: stableId(s.text, m.key)
			});
		}
	}
	return facts.sort(
		(a, b) => b.score - a.score || a.sentence.index - b.sentence.index || a.answer.start - b.answer.start
	);
}
