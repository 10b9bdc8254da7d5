/**
 * The main clause of a simple sentence: an opening phrase ("In 1903,"), a subject, one finite verb, the rest. Only
 * the plainest shapes are parsed; anything else gives undefined, so that no question is made from a misreading.
 */
import type { Mention, Sentence } from './mentions.ts';
import { infinitive, type Token } from './tagger.ts';

export interface Clause {
	/** The opening phrase, when the sentence has one ("In 1903"): tokens before the subject. */
	lead?: { first: number; last: number };
	subject: { first: number; last: number; text: string };
	/** The finite verb. */
	verb: number;
	/**
	 * The finite verb is a helper (be, have, do, a modal: "was elected", "has died") or a verb of saying: the clause
	 * can be asked about its subject ("Who has died…?") but "did" cannot stand in for its verb.
	 */
	helper: boolean;
}

const FINITE = ['PastTense', 'PresentTense'];
const SUBJECT_TAGS = ['Noun', 'Adjective', 'Determiner', 'Value', 'ProperNoun', 'Possessive', 'Acronym'];

/** Words that can make up a plain noun phrase: no verb, adverb or clause break among them. */
export function isNounPhrase(tokens: Token[]): boolean {
	return (
		tokens.length > 0 &&
		tokens.every(
			(x) =>
				SUBJECT_TAGS.some((tag) => x.tags.has(tag)) &&
				!x.tags.has('Verb') &&
				!/[,;:()"“”]/.test(x.post + x.pre)
		)
	);
}
const LEAD_START =
	/^(?:in|on|at|after|before|during|by|from|since|until|within|following|under|over|between|around|about|for)$/;

/** The opening phrase: a preposition's phrase ending in a comma within the first eight words ("In June 1661,"). */
function leadOf(t: Token[]): { first: number; last: number } | undefined {
	if (!LEAD_START.test(t[0]?.lower ?? '')) return undefined;
	for (let k = 0; k < Math.min(t.length, 8); k++) {
		if ((t[k] as Token).tags.has('Verb') && !(t[k] as Token).tags.has('Gerund')) return undefined;
		if ((t[k] as Token).post.trim() === ',') return { first: 0, last: k };
	}
	return undefined;
}

export function clauseOf(
	s: Sentence,
	subjectText?: (first: number, last: number) => string
): Clause | undefined {
	const t = s.tokens;
	const lead = leadOf(t);
	const first = lead ? lead.last + 1 : 0;
	let verb = first;
	while (verb < t.length && !(t[verb] as Token).tags.has('Verb')) verb++;
	const v = t[verb];
	if (!v || verb === first || verb - first > 7 || !FINITE.some((x) => v.tags.has(x))) return undefined;
	// "Mary Smith (born 1950) was…": a verb inside brackets is no main verb.
	if (v.tags.has('Participle') || /[([]/.test(v.pre)) return undefined;
	if (v.tags.has('Gerund')) return undefined;
	// "had in 2012 launched": a form of have, be or do is a helper verb here, and "did" cannot stand in for it.
	// "told a press conference that…": what was said is the fact, and a question about the rest would lose it.
	const helped = t
		.slice(verb + 1, verb + 4)
		.some((x) => x.tags.has('Verb') && (x.tags.has('PastTense') || x.tags.has('Participle')));
	const helper =
		v.tags.has('Auxiliary') ||
		v.tags.has('Modal') ||
		v.tags.has('Copula') ||
		/^(?:was|were|is|are|did|does|do)$/.test(v.lower) ||
		(/^(?:had|has|have)$/.test(v.lower) && helped) ||
		/^(?:said|says|told|tells|announced|announces|declared|wrote|added|stated|claimed|argued|warned|insisted|explained)$/.test(
			v.lower
		);
	// "this time they": a pronoun is a subject only alone.
	const span = t.slice(first, verb);
	if (!isNounPhrase(span) || (span.length > 1 && span.some((x) => x.tags.has('Pronoun')))) return undefined;
	// "These actions helped…": a subject that points back needs the sentence before.
	if (/^(?:this|that|these|those|such)$/i.test(span[0]?.text ?? '')) return undefined;
	const last = verb - 1;
	const raw = s.text.slice((t[first] as Token).start, (t[last] as Token).end);
	const text = subjectText?.(first, last) ?? raw;
	return { ...(lead ? { lead } : {}), subject: { first, last, text }, verb, helper };
}

/** "did", "does" or "do", as the verb's tense and the subject's number ask. */
export function doFor(s: Sentence, c: Clause): string {
	const v = s.tokens[c.verb] as Token;
	if (v.tags.has('PastTense')) return 'did';
	const head = s.tokens[c.subject.last] as Token;
	return head.tags.has('Plural') ? 'do' : 'does';
}

/** The subject as it reads inside a question: "The canal" → "the canal"; names keep their capitals. */
export function subjectInQuestion(s: Sentence, c: Clause): string {
	const first = s.tokens[c.subject.first] as Token;
	const text = c.subject.text;
	if (text !== s.text.slice(first.start, (s.tokens[c.subject.last] as Token).end)) return text;
	return /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|He|She|They|It)$/.test(first.text)
		? text.charAt(0).toLowerCase() + text.slice(1)
		: text;
}

/**
 * The verb's phrase without the answer's own phrase and without what follows a clause break: for "Newton
 * published Opticks in 1704, …", asked about 1704: "publish Opticks".
 */
export function predicateWithout(
	s: Sentence,
	c: Clause,
	answer: Mention,
	phraseStart: number
): string | undefined {
	const t = s.tokens;
	const v = t[c.verb] as Token;
	let end = t.length - 1;
	for (let k = c.verb; k < t.length; k++) {
		const x = t[k] as Token;
		if (
			/[,;:(—–-]/.test(x.post.trim()) ||
			/^(?:and|but|while|which|who|where|when|because|although)$/.test(t[k + 1]?.lower ?? '')
		) {
			end = k;
			break;
		}
	}
	if (answer.last > end && phraseStart > end) return undefined;
	const stop = (t[end] as Token).end;
	const inside = phraseStart > c.verb && phraseStart <= end;
	const before = s.text.slice(v.end, inside ? (t[phraseStart] as Token).start : stop);
	const after = inside ? s.text.slice((t[answer.last] as Token).end, stop) : '';
	const text = `${infinitive(v)}${before}${after}`
		.replace(/\s+/g, ' ')
		.replace(/[\s,.!?"”]+$/, '')
		.trim();
	return text.split(/\s+/).length >= 2 || inside ? text : undefined;
}
