/** Splits a paragraph into sentences, kept exactly as they stand in the text. */

// Words that end with a dot without ending the sentence.
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm gov sen rep rev hon mt ft no nos vs ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp bros ave blvd dept univ fig figs ' +
		'approx ca cf al vol pp op est'
	).split(' ')
);

// Words that begin sentences far more often than they follow an initial ("on X. The insurgency").
const STARTERS = new Set(
	(
		'the a an in on at it its this that these those there then he she they we i you his her their our ' +
		'but and or so yet if when while after before as since although though however meanwhile also ' +
		'some many most all both each one two three no not what who which where why how ' +
		'besides despite during following according later earlier today yesterday last next born now for with'
	).split(' ')
);

const CLOSERS = `"'’”»)]`;
const OPENERS = `"'‘“«([`;

/** Positions just after each sentence end in `text`. */
function boundaries(text: string): number[] {
	const ends: number[] = [];
	const re = /[.!?…]+/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		let end = m.index + m[0].length;
		while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
		const gap = /^\s+/.exec(text.slice(end));
		if (!gap) continue;
		const nextStart = end + gap[0].length;
		if (!startsSentence(text.slice(nextStart))) continue;
		if (m[0] === '.' && !endsSentenceAtDot(text.slice(0, m.index), text.slice(nextStart))) continue;
		ends.push(end);
	}
	return ends;
}

function startsSentence(rest: string): boolean {
	let i = 0;
	while (i < rest.length && OPENERS.includes(rest[i] as string)) i++;
	return /^[\p{Lu}\d]/u.test(rest.slice(i));
}

function endsSentenceAtDot(before: string, after: string): boolean {
	const word = /(\S+)$/.exec(before)?.[1] ?? '';
	const bare = word.replace(/^[("'‘“]+/, '');
	const nextWord = /^["'‘“(]*([\p{L}\d]+)/u.exec(after)?.[1] ?? '';
	if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
	// An initial ("J."), or a dotted acronym ("U.S.", "e.g"): a new sentence only if a typical starter follows.
	if (/^\p{L}$/u.test(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare)) {
		return STARTERS.has(nextWord.toLowerCase()) && !/^\p{L}$/u.test(nextWord);
	}
	return true;
}

export function splitSentences(paragraph: string): string[] {
	const text = paragraph.trim();
	if (!text) return [];
	const out: string[] = [];
	let start = 0;
	for (const end of boundaries(text)) {
		out.push(text.slice(start, end).trim());
		start = end;
	}
	const last = text.slice(start).trim();
	if (last) out.push(last);
	return out.filter(Boolean);
}
