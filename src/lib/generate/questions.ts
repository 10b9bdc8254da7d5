/** Wh-questions, only from patterns that form them reliably: roles, acronyms, subjects, speakers of quotes. */
import { TITLES, organisationSort } from './gazetteer.ts';
import type { Mention, Sentence } from './mentions.ts';
import type { NameContext } from './names.ts';
import type { Token } from './tagger.ts';

const ORG_WH: Record<string, string> = {
	company: 'Which company',
	party: 'Which party',
	education: 'Which institution',
	club: 'Which club',
	armed: 'Which group'
};
const PLACE_WH =
	/\b(River|Lake|Ocean|Sea|Mountains?|Mount|Island|Islands|Canal|Desert|Valley|Bay|Gulf|Strait|Stadium|Bridge)$/;

/** The question word for a thing of this kind: "Who", "Which country", "Which river", "Which company". */
function whFor(m: Mention): string | undefined {
	switch (m.kind) {
		case 'person':
			return 'Who';
		case 'country':
			return 'Which country';
		case 'city':
			return 'Which city';
		case 'org':
			return ORG_WH[organisationSort(m.text) ?? ''] ?? 'Which organisation';
		case 'place':
		case 'region': {
			const head = PLACE_WH.exec(m.text)?.[1];
			return head ? `Which ${head.replace(/^Mount$/, 'mountain').toLowerCase()}` : undefined;
		}
		default:
			return undefined;
	}
}
const FINITE = ['PastTense', 'PresentTense', 'Auxiliary', 'Copula', 'Modal'];
const SPEECH = /^(?:said|says|added|told|wrote|posted|announced|stated|declared|insisted|warned)$/;

const CLOSED = [
	'Determiner',
	'Preposition',
	'Conjunction',
	'Pronoun',
	'Adverb',
	'Copula',
	'Auxiliary',
	'Value'
];

/** A word that can be part of a role: "head of Mali's ruling junta", "defence minister", "ousted". */
function isRoleWord(t: Token): boolean {
	if (/['’]s$/.test(t.text) || TITLES.has(t.lower) || t.lower === 'of') return true;
	if (!/^\p{Ll}+$/u.test(t.text) || CLOSED.some((tag) => t.tags.has(tag))) return false;
	const finite = t.tags.has('PastTense') || (t.tags.has('PresentTense') && !t.tags.has('Gerund'));
	return !finite || /ed$/.test(t.text);
}

function roleQuestion(words: Token[], past: boolean): string | undefined {
	if (words.length < 2 || words.length > 8) return undefined;
	if (!words.some((t) => TITLES.has(t.lower)) || words.some((t) => t.tags.has('Person'))) return undefined;
	if (!words.some((t) => /['’]s$/.test(t.text) || t.lower === 'of')) return undefined;
	// "ousted Niger's President" → "Niger's ousted President".
	const poss = words.findIndex((t) => /['’]s$/.test(t.text));
	const ordered =
		poss > 0 && words.slice(0, poss).every((t) => /^\p{Ll}+ed$/u.test(t.text))
			? [words[poss] as Token, ...words.slice(0, poss), ...words.slice(poss + 1)]
			: words;
	const phrase = ordered.map((t) => t.text).join(' ');
	const article = /['’]s$/.test(ordered[0]?.text ?? '') ? '' : 'the ';
	return `Who ${past ? 'was' : 'is'} ${article}${phrase}?`;
}

/** "Mali's defence minister Abdoulaye Diop", "the head of Mali's ruling junta, Assimi Goita", "Goita, head of …,". */
function roleOf(s: Sentence, m: Mention): string | undefined {
	const t = s.tokens;
	const before: Token[] = [];
	for (let k = m.first - 1; k >= 0; k--) {
		const tok = t[k] as Token;
		const gap = tok.post.trim();
		if (gap && !(k === m.first - 1 && gap === ',')) break;
		if (!isRoleWord(tok)) break;
		before.unshift(tok);
	}
	const past = s.tokens.some((x) => x.tags.has('PastTense') && !x.tags.has('Participle'));
	const fromBefore = roleQuestion(before, past);
	if (fromBefore) return fromBefore;
	if ((t[m.last] as Token).post.trim() !== ',') return undefined;
	const after: Token[] = [];
	for (let k = m.last + 1; k < t.length; k++) {
		const tok = t[k] as Token;
		if (!isRoleWord(tok)) return undefined;
		after.push(tok);
		if (tok.post.trim() === ',') return roleQuestion(after, past);
		if (tok.post.trim()) return undefined;
	}
	return undefined;
}

/** The predicate after a subject, cut before a second clause. */
export function predicate(s: Sentence, from: number): string | undefined {
	let rest = s.text.slice(from).replace(/[.!]["”']?$/, '');
	rest = rest
		.replace(/,\s+[^,]*\b(?:said|announced|reported|told|added)\b[^,]*$/, '')
		.replace(/,?\s+(?:while|whereas|but|although|though|saying)\s.*$/, '')
		.replace(/,\s+which\s.*$/, '')
		.replace(/,\s+and\s.*$/, '');
	return rest.split(/\s+/).length >= 3 && !/[,;:]$/.test(rest) ? rest : undefined;
}

function subjectQuestion(s: Sentence, m: Mention): string | undefined {
	const wh = whFor(m);
	const verb = s.tokens[m.last + 1];
	if (!wh || !verb || m.end !== (s.tokens[m.last] as Token).end || (s.tokens[m.last] as Token).post.trim())
		return undefined;
	if (!FINITE.some((tag) => verb.tags.has(tag)) || verb.tags.has('Gerund')) return undefined;
	const lead = s.tokens.slice(0, m.first);
	if (lead.some((t) => t.pre.trim() || t.post.trim()) || (lead.length && roleOf(s, m) === undefined))
		return undefined;
	const rest = predicate(s, verb.start);
	// A predicate with asides or lists in it makes a question no one can read at a glance.
	if (!rest || /[,;:()]/.test(rest) || rest.split(/\s+/).length > 22) return undefined;
	return `${wh} ${rest}?`;
}

function speakerQuestion(s: Sentence, m: Mention): string | undefined {
	if (m.kind !== 'person') return undefined;
	const quote = /^["“](.+?)["”],?\s/.exec(s.text);
	const verb = s.tokens[m.last + 1];
	if (!quote || !verb || !SPEECH.test(verb.lower)) return undefined;
	const words = (quote[1] as string).split(/\s+/).length;
	return words <= 30 ? `Who said: "${(quote[1] as string).replace(/[,.]$/, '')}"?` : undefined;
}

export function questionFor(s: Sentence, m: Mention, names: NameContext): string | undefined {
	for (const [acr, long] of names.acronyms)
		if (long === m.text && s.text.includes(`(${acr})`)) return `What does ${acr} stand for?`;
	if (m.kind === 'person') {
		const role = roleOf(s, m);
		if (role) return role;
	}
	return speakerQuestion(s, m) ?? subjectQuestion(s, m);
}

// "the Alliance of Sahel States (AES), the aim of which is to establish …": what a thing is for.
const PURPOSE =
	/(\p{Lu}[\p{L}-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}-]*))*)(?:\s+\([^)]+\))?,\s+(?:the\s+)?(aim|goal|purpose|mission|objective|task)\s+of\s+which\s+(?:is|was)\s+(to\s+[^,;"”]+)/u;

/** The purpose an article states for a named thing, asked as "What is the aim of …?". */
export function purposeFact(s: Sentence): { question: string; answer: Mention } | undefined {
	const m = PURPOSE.exec(s.text);
	if (!m) return undefined;
	const [whole, name = '', noun = '', aim = ''] = m;
	const start = m.index + whole.length - aim.length;
	const answer: Mention = {
		text: aim,
		start,
		end: start + aim.length,
		first: s.tokens.findIndex((t) => t.start >= start),
		last: s.tokens.findLastIndex((t) => t.end <= start + aim.length),
		kind: 'term',
		key: aim.toLowerCase()
	};
	return { question: `What is the ${noun} of the ${name}?`, answer };
}
