/**
 * Questions made by moving the asked part of a plain clause: "In 1704, Newton published Opticks." → "In which year
 * did Newton publish Opticks?"; "Marie Curie won the prize." → "Who won the prize?"; "His mother had three
 * children." → "How many children did his mother have?".
 */
import { clauseOf, doFor, predicateWithout, subjectInQuestion, type Clause } from './clauses.ts';
import type { Mention, Sentence } from './mentions.ts';
import type { Token } from './tagger.ts';

export interface ClauseQuestion {
	question: string;
	form: 'when' | 'where' | 'how-many' | 'who-subject' | 'who-object';
}

const PLACE_KINDS = /^(?:country|city|place|region)$/;
const WH: Record<string, string> = {
	person: 'Who',
	country: 'Which country',
	city: 'Which city',
	org: 'Which organisation'
};

/** The opening phrase as it reads at the end of a question: "In June 1661," → "in June 1661". */
function leadText(s: Sentence, c: Clause): string {
	if (!c.lead) return '';
	const t = s.tokens;
	const text = s.text
		.slice((t[c.lead.first] as Token).start, (t[c.lead.last] as Token).end)
		.replace(/,$/, '');
	return ' ' + text.charAt(0).toLowerCase() + text.slice(1);
}

/** Where the answer's own phrase starts: "in 1704" starts at "in". */
function phraseStart(s: Sentence, m: Mention, prepositions: RegExp): number | undefined {
	const before = s.tokens[m.first - 1];
	return before && prepositions.test(before.lower) ? m.first - 1 : undefined;
}

function inLead(c: Clause, m: Mention): boolean {
	return !!c.lead && m.first >= c.lead.first && m.last <= c.lead.last;
}

/**
 * A question about `m` from the sentence's main clause, or undefined. `named` replaces a subject pronoun the text
 * settles ("He" → "Isaac Newton").
 */
export function clauseQuestion(s: Sentence, m: Mention, named?: string): ClauseQuestion | undefined {
	const c = clauseOf(s, (first, last) =>
		named && first === last && /^(?:He|She)$/.test(s.tokens[first]?.text ?? '')
			? named
			: s.text.slice((s.tokens[first] as Token).start, (s.tokens[last] as Token).end)
	);
	if (!c) return undefined;
	const subject = subjectInQuestion(s, c);
	const verb = s.tokens[c.verb] as Token;
	// The asked thing is the subject: "Who won the prize in 1903?"
	if (m.first === c.subject.first && m.last === c.subject.last) {
		const wh = WH[m.kind];
		const rest = s.text.slice(verb.start, (s.tokens.at(-1) as Token).end).replace(/[\s.!?"”]+$/, '');
		if (!wh || /[,;:"“”]/.test(rest) || rest.split(/\s+/).length < 2 || rest.split(/\s+/).length > 20)
			return undefined;
		return { question: `${wh} ${rest}${leadText(s, c)}?`, form: 'who-subject' };
	}
	if (c.helper) return undefined;
	const does = doFor(s, c);
	// The asked thing is the verb's object: "Moya beat Roddick in the fourth rubber." → "Who did Moya beat…?"
	if (m.first === c.verb + 1 && WH[m.kind] && !/[,;:]/.test((s.tokens[c.verb] as Token).post)) {
		const pred = predicateWithout(s, c, m, m.first);
		if (!pred || pred.split(/\s+/).length > 14) return undefined;
		return { question: `${WH[m.kind]} ${does} ${subject} ${pred}${leadText(s, c)}?`, form: 'who-object' };
	}
	const lead = (x: Mention) => (inLead(c, x) ? '' : leadText(s, c));
	if (m.kind === 'year' || m.kind === 'date') {
		const at = inLead(c, m) ? c.lead?.first : phraseStart(s, m, /^(?:in|on)$/);
		if (at === undefined || (inLead(c, m) && c.lead && c.lead.last - c.lead.first > m.last - m.first + 1))
			return undefined;
		const pred = predicateWithout(s, c, m, inLead(c, m) ? -1 : at);
		if (!pred) return undefined;
		const wh = m.kind === 'year' ? 'In which year' : 'When';
		return { question: `${wh} ${does} ${subject} ${pred}${lead(m)}?`, form: 'when' };
	}
	if (PLACE_KINDS.test(m.kind)) {
		const at = phraseStart(s, m, /^(?:in|at)$/);
		if (at === undefined || inLead(c, m) || at <= c.verb) return undefined;
		const pred = predicateWithout(s, c, m, at);
		return pred ? { question: `Where ${does} ${subject} ${pred}${lead(m)}?`, form: 'where' } : undefined;
	}
	if (m.kind === 'number' && m.first === c.verb + 1) {
		// "had three children from her second marriage": the counted noun follows the number.
		const noun = s.tokens[m.last + 1];
		if (!noun?.tags.has('Plural') || noun.post.trim()) return undefined;
		const counted: Mention = { ...m, last: m.last + 1 };
		const pred = predicateWithout(s, c, counted, m.first);
		if (!pred) return undefined;
		return { question: `How many ${noun.text} ${does} ${subject} ${pred}${lead(m)}?`, form: 'how-many' };
	}
	return undefined;
}
