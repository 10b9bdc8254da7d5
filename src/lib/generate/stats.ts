/** What the whole article says about each sentence and name: how central, how often named, what it is about. */
import type { Mention, Sentence } from './mentions.ts';

const STOP = new Set(
	(
		'that this with from have has had been were was which where when their there they would will about after ' +
		'before into over under between since while against also more most other some such than then them these those ' +
		'what your very just only said says told year years first last many much could should being does done each ' +
		'even every here know like made make most must near next once part same still take time well were whom whose ' +
		'within without would first second three four five people'
	).split(' ')
);

/** Content words of a text, lower-cased, a plural's "s" dropped so "cells" and "cell" count together. */
export function contentWords(text: string): string[] {
	return (text.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? [])
		.filter((w) => !STOP.has(w))
		.map((w) => w.replace(/(?<=\p{L}{3})s$/u, ''));
}

export interface ArticleStats {
	/** How often each mention key is named. */
	recurring: Map<string, number>;
	/** Each sentence's centrality, as its rank among the sentences from 0 (least) to 1 (most). */
	centrality: number[];
	/** Content words of the title. */
	titleWords: Set<string>;
	/** Lower-cased nouns that mean the article's own subject ("canal", "plot"): no reference back. */
	topicNouns: Set<string>;
	/** The key of the named thing the article is about, when its title opens with one. */
	topic?: string;
	/** The key of the person the article is about, if any. */
	mainPerson?: string;
	/** The pronoun the article uses most for its main person. */
	mainPronoun: 'he' | 'she';
	/** The topic and the main person: never an answer, never an option. */
	subjects: Set<string>;
	/** The words that name them ("mendel", "revolution", "code", "lykaion"): a name made only of these is them too. */
	subjectWords: Set<string>;
	/** Each sentence's share of content words that the article's first two sentences also use. */
	leadOverlap: number[];
	/** Keys of the things the first two sentences name. */
	leadKeys: Set<string>;
	/** Indices of the sentences that open a paragraph. */
	paragraphStarts: Set<number>;
}

/** The person an article is about: the one its title names, or one named at least three times, twice as often as anyone else. */
function mainPersonOf(
	sentences: Sentence[],
	recurring: Map<string, number>,
	title: string
): string | undefined {
	const persons = new Map<string, Mention>();
	for (const s of sentences)
		for (const m of s.mentions) if (m.kind === 'person' && !persons.has(m.key)) persons.set(m.key, m);
	// The person more of whose names the title uses: "Alvar Aalto" is Hugo Alvar Henrik Aalto, not Aino Aalto.
	const titleWords = new Set(title.split(/[\s:,]+/));
	const inTitle = [...persons.values()]
		.map((m) => ({ m, n: m.text.split(' ').filter((w) => titleWords.has(w)).length }))
		.filter((x) => x.n > 0)
		.sort((a, b) => b.n - a.n);
	if (inTitle[0] && inTitle[0].n > (inTitle[1]?.n ?? 0)) return inTitle[0].m.key;
	const [first, second] = [...persons.keys()].sort(
		(a, b) => (recurring.get(b) ?? 0) - (recurring.get(a) ?? 0)
	);
	const n = (key: string | undefined) => (key ? (recurring.get(key) ?? 0) : 0);
	return first && n(first) >= 3 && n(first) >= 2 * n(second) ? first : undefined;
}

/** What the whole article is about, when its title opens with one named thing ("Marie Curie: …", "Insulin"). */
function topicOf(title: string, sentences: Sentence[]): string | undefined {
	const lead = (title.split(/[:,–—]/)[0] ?? '').trim().toLowerCase();
	const all = sentences.flatMap((s) => s.mentions);
	const named = all.filter((m) => m.key.length >= 3 && (lead.startsWith(m.key) || lead === m.key));
	return named.sort((a, b) => b.key.length - a.key.length)[0]?.key;
}

export function articleStats(sentences: Sentence[], title: string): ArticleStats {
	const recurring = new Map<string, number>();
	for (const s of sentences)
		for (const m of new Set(s.mentions.map((x) => x.key))) recurring.set(m, (recurring.get(m) ?? 0) + 1);
	const frequency = new Map<string, number>();
	const wordsOf = sentences.map((s) => [...new Set(contentWords(s.text))]);
	for (const words of wordsOf) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
	const titleWords = new Set(contentWords(title));
	// A sentence is central when it uses the article's recurring words and its title's words.
	const raw = wordsOf.map((words) => {
		if (!words.length) return 0;
		const weight = words.reduce(
			(sum, w) => sum + Math.log(frequency.get(w) ?? 1) + (titleWords.has(w) ? 1.5 : 0),
			0
		);
		return weight / Math.sqrt(words.length);
	});
	const order = raw.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
	const centrality = new Array<number>(raw.length).fill(0);
	order.forEach(({ i }, rank) => (centrality[i] = order.length > 1 ? rank / (order.length - 1) : 1));
	const topic = topicOf(title, sentences);
	const topicNouns = new Set(
		[...(title.toLowerCase().match(/\p{L}+/gu) ?? []), ...(topic?.split(' ').slice(-1) ?? [])].map((w) =>
			w.replace(/(?<=\p{L}{3})s$/u, '')
		)
	);
	const paragraphStarts = new Set(
		sentences.filter((s, i) => i === 0 || sentences[i - 1]?.paragraph !== s.paragraph).map((s) => s.index)
	);
	const mainPerson = mainPersonOf(sentences, recurring, title);
	const text = sentences.map((s) => s.text).join(' ');
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	const mainPronoun = count(/\b(?:she|her)\b/gi) > count(/\b(?:he|his|him)\b/gi) ? 'she' : 'he';
	const leadWords = new Set(wordsOf.slice(0, 2).flat());
	const leadOverlap = wordsOf.map((words, i) =>
		i < 2 || !words.length ? 1 : words.filter((w) => leadWords.has(w)).length / words.length
	);
	const leadKeys = new Set(sentences.slice(0, 2).flatMap((s) => s.mentions.map((m) => m.key)));
	return {
		subjects: new Set([topic, mainPerson].filter((k): k is string => !!k)),
		subjectWords: new Set(
			[topic, mainPerson, title.split(/[:,–—(]/)[0]?.toLowerCase()]
				.flatMap((k) => k?.match(/\p{L}{3,}/gu) ?? [])
				.filter((w) => !/^(?:the|and|for|from|with)$/.test(w))
		),
		mainPronoun,
		leadOverlap,
		leadKeys,
		recurring,
		centrality,
		titleWords,
		topicNouns,
		topic,
		mainPerson,
		paragraphStarts
	};
}
