/** Roles a sentence gives someone ("became chancellor of the exchequer") and nationalities ("the French engineer"). */
import { DEMONYMS, TITLES } from './gazetteer.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tagger.ts';
import { mention } from './values.ts';

const MODIFIERS =
	/^(?:prime|home|foreign|defence|defense|finance|interior|justice|health|education|deputy|vice|chief|junior|senior|first|general|lord|attorney|shadow|executive|managing|artistic|musical|head|assistant|associate|lucasian|lead|principal)$/;
// A role is an answer where the sentence gives it to someone: "became …", "as …", "was appointed …".
const GIVING =
	/^(?:became|become|becomes|becoming|as|appointed|named|elected|made|served|serve|serves|was|is|were|remains|remained)$/;

function roleEnd(tokens: Token[], head: number): number {
	let end = head;
	// "chancellor of the exchequer", "secretary of state", "President of France".
	if (tokens[end + 1]?.lower === 'of') {
		let k = end + 2;
		if (tokens[k]?.lower === 'the') k++;
		const t = tokens[k];
		if (t && /^\p{L}/u.test(t.text) && !t.tags.has('Verb') && !t.tags.has('Pronoun')) end = k;
	}
	return end;
}

export function findRoles(tokens: Token[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (!TITLES.has(t.lower) || !/^\p{Ll}/u.test(t.text)) continue;
		let first = i;
		while (
			first > 0 &&
			MODIFIERS.test(tokens[first - 1]?.lower ?? '') &&
			/^\p{Ll}/u.test(tokens[first - 1]?.text ?? '')
		)
			first--;
		const giver = tokens[first - 1];
		if (!giver || !GIVING.test(giver.lower)) continue;
		const last = roleEnd(tokens, i);
		// "President Tiani": a title before a name is part of how the person is named, not an answer.
		const next = tokens[last + 1];
		if (next && /^\p{Lu}/u.test(next.text) && !/[,.;:]/.test((tokens[last] as Token).post)) continue;
		out.push(mention(tokens, first, last, 'role'));
		i = last;
	}
	return out;
}

export function findNationalities(tokens: Token[]): Mention[] {
	const out: Mention[] = [];
	tokens.forEach((t, i) => {
		const next = tokens[i + 1];
		if (i === 0 || !DEMONYMS[t.text] || !next || !/^\p{Ll}/u.test(next.text) || !next.tags.has('Noun'))
			return;
		if (/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && !/^The$/.test(tokens[i - 1]?.text ?? '')) return;
		out.push(mention(tokens, i, i, 'nationality'));
	});
	return out;
}
