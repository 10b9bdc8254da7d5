/** The one place that calls the NLP library: part-of-speech tags for the words of a sentence. */
import nlp from 'compromise/two';

export interface Token {
	text: string;
	/** Offsets in the sentence. */
	start: number;
	end: number;
	/** Punctuation and spaces before and after the word, as in the text. */
	pre: string;
	post: string;
	tags: ReadonlySet<string>;
	lower: string;
}

interface Term {
	text: string;
	pre: string;
	post: string;
	tags: string[];
	offset: { start: number; length: number };
}

export function tagSentence(sentence: string): Token[] {
	const json = nlp(sentence).json({ offset: true }) as { terms: Term[] }[];
	const tokens: Token[] = [];
	for (const s of json)
		for (const t of s.terms) {
			if (!t.text) continue;
			tokens.push({
				text: t.text,
				start: t.offset.start,
				end: t.offset.start + t.offset.length,
				pre: t.pre,
				post: t.post,
				tags: new Set(t.tags),
				lower: t.text.toLowerCase()
			});
		}
	return tokens;
}
