/** Years, dates and amounts in a sentence. */
import type { Mention } from './mentions.ts';
import type { Token } from './tagger.ts';
import { tokensText } from './names.ts';

const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})s?$/;
const NUMERIC = /\d/;
const SCALE =
	/^(?:hundred|thousand|million|billion|trillion|percent|per|cent|%|kilometres?|km|metres?|meters?|miles?|feet|foot|centimetres?|cm|millimetres?|kilograms?|kg|grams?|tonnes?|tons?|hectares?|acres?|litres?|degrees?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|cubic|square|ago|bc|ad|bce|ce)$/;

/** A whole-number word after a year means a count, not a year ("2012 people"). */
function isYear(tokens: Token[], i: number): boolean {
	const t = tokens[i] as Token;
	if (!YEAR.test(t.text)) return false;
	const next = tokens[i + 1];
	return (
		!next ||
		/[,;:.]/.test(t.post) ||
		!(next.tags.has('Plural') && !next.tags.has('Date')) ||
		next.lower === 'and'
	);
}

export const NUMBER_WORDS =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
		' '
	);

/**
 * "has seven professional schools": a count written as a word, before a plural noun; not "the three countries",
 * which refers back rather than counts.
 */
function countWord(tokens: Token[], i: number): boolean {
	const t = tokens[i] as Token;
	if (NUMBER_WORDS.indexOf(t.lower) < 2 || !/^\s+$/.test(t.post)) return false;
	if (
		/^(?:the|these|those|all|its|their|his|her|our|of|each|every|first|last|when|if|whenever|to|or)$/.test(
			tokens[i - 1]?.lower ?? ''
		)
	)
		return false;
	const next = tokens[i + 1];
	const after = tokens[i + 2];
	return !!next && (next.tags.has('Plural') || (next.tags.has('Adjective') && !!after?.tags.has('Plural')));
}

export function findValues(tokens: Token[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		if (t.tags.has('Month') && /^\p{Lu}/u.test(t.text)) {
			// "July", "5 July 2023", "July 5, 2023", "May 2015".
			let first = i;
			let last = i;
			if (/^\d{1,2}$/.test(tokens[i - 1]?.text ?? '') && /^\s+$/.test(tokens[i - 1]?.post ?? ''))
				first = i - 1;
			if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[last + 1]?.text ?? '')) last++;
			if (YEAR.test(tokens[last + 1]?.text ?? '') && /^,?\s+$/.test(tokens[last]?.post ?? '')) last++;
			// "May" alone is too often the verb; a month alone needs "in" before it.
			if (first === last && tokens[i - 1]?.lower !== 'in') continue;
			out.push(mention(tokens, first, last, 'date'));
			i = last;
			continue;
		}
		if (isYear(tokens, i)) {
			out.push(mention(tokens, i, i, 'year'));
			continue;
		}
		if (countWord(tokens, i)) {
			out.push(mention(tokens, i, i, 'number'));
			continue;
		}
		if (t.tags.has('Value') && NUMERIC.test(t.text) && !tokens[i + 1]?.tags.has('Month')) {
			let last = i;
			// "25 to 30 million years": a range is one answer.
			if (
				/^(?:to|and)$/.test(tokens[i + 1]?.lower ?? '') &&
				/^\d/.test(tokens[i + 2]?.text ?? '') &&
				!isYear(tokens, i)
			)
				last = i + 2;
			while (
				tokens[last + 1] &&
				SCALE.test((tokens[last + 1] as Token).lower) &&
				/^\s+$/.test((tokens[last] as Token).post)
			)
				last++;
			out.push(mention(tokens, i, last, 'number'));
			i = last;
		}
	}
	return out;
}

/** A mention of tokens first..last. */
export function mention(tokens: Token[], first: number, last: number, kind: Mention['kind']): Mention {
	const text = tokensText(tokens, first, last);
	const start = (tokens[first] as Token).start;
	return { text, start, end: start + text.length, first, last, kind, key: text.toLowerCase() };
}
