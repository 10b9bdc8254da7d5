/** The one place that calls the NLP library: part-of-speech tags for the words of each sentence. */
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

const SEPARATOR = '\n\n';

/**
 * Tags all sentences in one call (one call per sentence costs several times more) and hands each sentence its
 * words, with offsets in that sentence.
 */
export function tagSentences(sentences: readonly string[]): Token[][] {
	const starts: number[] = [];
	let at = 0;
	for (const s of sentences) {
		starts.push(at);
		at += s.length + SEPARATOR.length;
	}
	const json = nlp(sentences.join(SEPARATOR)).json({ offset: true }) as { terms: Term[] }[];
	const out: Token[][] = sentences.map(() => []);
	let i = 0;
	for (const group of json)
		for (const t of group.terms) {
			if (!t.text) continue;
			while (i + 1 < starts.length && t.offset.start >= (starts[i + 1] as number)) i++;
			const base = starts[i] as number;
			out[i]?.push({
				text: t.text,
				start: t.offset.start - base,
				end: t.offset.start - base + t.offset.length,
				pre: t.pre,
				post: t.post.replace(/\s*\n[\s\S]*$/, ''),
				tags: new Set(t.tags),
				lower: t.text.toLowerCase()
			});
		}
	return out;
}

// compromise's own conjugation tables (the methods object is untyped in its declarations).
type ToInfinitive = (word: string, model: object, tense: string) => string;
const methods = nlp.methods() as { two: { transform: { verb: { toInfinitive: ToInfinitive } } } };
const verbs = methods.two.transform.verb;
const model = nlp.model();

/** A finite verb's infinitive ("published" → "publish", "began" → "begin"), for questions that need "did". */
export function infinitive(t: Token): string {
	const tense = t.tags.has('PastTense') ? 'PastTense' : 'PresentTense';
	return verbs.toInfinitive(t.lower, model, tense) || t.lower;
}
