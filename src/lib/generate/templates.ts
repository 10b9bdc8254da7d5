/**
 * Question forms that read naturally without rewriting verbs: passives ("In which year was the canal opened?"),
 * counts ("How many people were injured?"), definitions ("What is insulin?"), other names ("What else is X called?").
 * Each returns undefined unless the sentence has exactly the shape it needs.
 */
import type { Mention, Sentence } from './mentions.ts';
import { isNounPhrase } from './clauses.ts';
import type { Token } from './tagger.ts';

export interface Template {
	question: string;
	answer: Mention;
	/** Which form made it (a ranker feature). */
	form: 'passive' | 'count' | 'definition' | 'alias';
}

const PRONOUN_START = /^(?:he|she|it|they|this|that|these|those|there|his|her|its|their)$/i;
const PLACE_KINDS = new Set(['country', 'city', 'place', 'region']);

/** Lower-cases a sentence's first word unless it is a name ("The canal" → "the canal", "Opticks" stays). */
function asPhrase(tokens: Token[], text: string, names: readonly Mention[] = []): string {
	const first = tokens[0];
	if (!first || first.tags.has('ProperNoun') || first.tags.has('Acronym') || /^\p{Lu}{2,}/u.test(first.text))
		return text;
	// A capital that only opens the sentence ("The canal", "Another effort") is lower-cased inside the question; a
	// name keeps it ("King", "Opticks").
	if (names.some((m) => m.first === 0 && m.kind !== 'term')) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A subject noun phrase: the sentence's opening words before `end`, with no verb, comma or pronoun in them. */
function subjectBefore(s: Sentence, end: number): string | undefined {
	const span = s.tokens.slice(0, end);
	if (!span.length || span.length > 8) return undefined;
	// "Newton's inference that the Earth": a clause inside the subject makes it no plain noun phrase.
	if (
		!isNounPhrase(span) ||
		span.some((t) => t.tags.has('Pronoun') || /^(?:that|which|who|whom|whose)$/.test(t.lower))
	)
		return undefined;
	if (PRONOUN_START.test(span[0]?.text ?? '')) return undefined;
	return asPhrase(span, s.text.slice(0, (span.at(-1) as Token).end), s.mentions);
}

/** "The canal was opened in 1914." → "In which year was the canal opened?"; "…born in Paris" → "Where was … born?" */
export function passiveQuestion(s: Sentence, m: Mention): Template | undefined {
	const t = s.tokens;
	const be = t.findIndex((x) => /^(?:was|were)$/.test(x.lower));
	const verb = t[be + 1];
	if (be < 1 || !verb || !verb.tags.has('Passive') || verb.tags.has('Copula')) return undefined;
	if (t[m.first - 1]?.lower !== 'in' || m.first <= be + 1) return undefined;
	const isYear = m.kind === 'year';
	if (!isYear && !PLACE_KINDS.has(m.kind)) return undefined;
	const subject = subjectBefore(s, be);
	if (!subject) return undefined;
	// What stands between the verb and "in …" belongs to the question: "was awarded the Nobel Prize in 1903".
	const middle = t.slice(be + 2, m.first - 1);
	if (middle.length > 6 || middle.some((x) => /[,;:()]/.test(x.post) || x.tags.has('Verb'))) return undefined;
	const tail = s.text.slice(verb.start, (t[m.first - 2] as Token).end);
	const question = isYear
		? `In which year ${t[be]?.lower} ${subject} ${tail}?`
		: `Where ${t[be]?.lower} ${subject} ${tail}?`;
	return { question, answer: m, form: 'passive' };
}

const ABOUT = /^(?:about|around|nearly|almost|roughly|some|approximately|an estimated)$/i;

/** "Nearly 400 people were injured in the riots." → "About how many people were injured in the riots?" */
export function countQuestion(
	s: Sentence,
	m: Mention,
	predicate: (from: number) => string | undefined
): Template | undefined {
	if (m.kind !== 'number') return undefined;
	const t = s.tokens;
	const lead = t.slice(0, m.first);
	if (lead.length > 1 || (lead.length === 1 && !ABOUT.test(lead[0]?.text ?? ''))) return undefined;
	let k = m.last + 1;
	const nouns: Token[] = [];
	while (
		t[k] &&
		(t[k]?.tags.has('Noun') || t[k]?.tags.has('Adjective')) &&
		!t[k]?.tags.has('Pronoun') &&
		nouns.length < 3
	)
		nouns.push(t[k++] as Token);
	const verb = t[k];
	if (
		!nouns.length ||
		!nouns.at(-1)?.tags.has('Plural') ||
		!verb?.tags.has('Verb') ||
		verb.tags.has('Gerund')
	)
		return undefined;
	if (nouns.some((n) => n.post.trim())) return undefined;
	const rest = predicate(verb.start);
	if (!rest) return undefined;
	const how = lead.length ? 'About how many' : 'How many';
	return { question: `${how} ${nouns.map((n) => n.text).join(' ')} ${rest}?`, answer: m, form: 'count' };
}

/** "Insulin is a peptide hormone produced by …" → "What is insulin?"; "Isaac Newton was an English mathematician…" → "Who was Isaac Newton?" */
export function definitionQuestion(s: Sentence, isPerson: (text: string) => boolean): Template | undefined {
	// A definition in quotation marks is someone's opinion ("Goldeneye was a wonderful movie").
	if (/["“”]|''/.test(s.text)) return undefined;
	const t = s.tokens;
	const be = t.findIndex((x) => /^(?:is|are|was|were)$/.test(x.lower));
	const det = t[be + 1];
	// "X is a Y…" defines; "X is the best-known example" points elsewhere.
	if (be < 1 || be > 6 || !det || !/^(?:a|an)$/.test(det.lower)) return undefined;
	const subject = subjectBefore(s, be);
	if (!subject || (/^(?:the|a|an)\s/.test(subject) && !/^(?:The|A|An)\s\p{Lu}/u.test(s.text)))
		return undefined;
	// The answer: the predicate up to the end of its first clause, at most 18 words.
	const start = det.start;
	let end = s.text.search(/[;:]|,\s+(?:and|but|which|while|who|although|whereas)\b|\.\s*$|\.["”]?$/);
	if (end < start) end = s.text.length;
	const text = s.text.slice(start, end).replace(/[,.]+$/, '');
	const wordCount = text.split(/\s+/).length;
	if (wordCount < 3 || wordCount > 18) return undefined;
	const answer: Mention = {
		text,
		start,
		end: start + text.length,
		first: be + 1,
		last: t.findLastIndex((x) => x.end <= start + text.length),
		kind: 'term',
		key: `definition:${subject.toLowerCase()}`
	};
	const wh = isPerson(subject) ? 'Who' : 'What';
	// "Insulin is…": a common noun capitalised only because it opens the sentence reads "What is insulin?".
	const named = s.mentions.some((m) => m.first === 0 && m.kind !== 'term' && m.kind !== 'name');
	const asked = !named && /^\p{Lu}\p{Ll}+$/u.test(subject) ? subject.toLowerCase() : subject;
	return { question: `${wh} ${t[be]?.lower} ${asked}?`, answer, form: 'definition' };
}

const ALIAS =
	/^(.{3,60}?),?\s+(?:\(|,\s*)?(?:also\s+)?(?:known as|called|nicknamed|dubbed|referred to as)\s+(?:the\s+)?["“']?(\p{Lu}[^,;()"”']{1,40}?)["”']?(?=[,;.)]|\s+(?:and|or|by|in|for)\b)/u;

/** "X, also known as Y, …" → "What other name is X known by?" */
export function aliasQuestion(s: Sentence): Template | undefined {
	const m = ALIAS.exec(s.text);
	if (!m) return undefined;
	const [whole, name = '', alias = ''] = m;
	// The thing renamed must be a name ("Ferdinand de Lesseps, known as…"), not a phrase ("The elder siblings of…").
	const subject = name.trim();
	if (!/^\p{Lu}/u.test(subject) || /^(?:The|A|An|This|These|Those|It|He|She|They)\b/.test(subject))
		return undefined;
	if (/[,;]/.test(subject) || subject.split(/\s+/).length > 5) return undefined;
	const start = m.index + whole.lastIndexOf(alias);
	const answer: Mention = {
		text: alias,
		start,
		end: start + alias.length,
		first: s.tokens.findIndex((x) => x.start >= start),
		last: s.tokens.findLastIndex((x) => x.end <= start + alias.length),
		kind: 'name',
		key: alias.toLowerCase()
	};
	return { question: `By what other name is ${subject} known?`, answer, form: 'alias' };
}
