/**
 * Tolerant checking of typed answers: case, accents, leading articles, punctuation, spacing, numbers in
 * words or digits, and small spelling slips in longer words. Numbers are always exact, and a slip never
 * counts when the answer is as close to another entity of the article (Niger/Nigeria).
 */

const UNITS = [
	'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
	'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'
]; // prettier-ignore
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SMALL = new Map([
	...UNITS.map((w, i) => [w, i] as const),
	...TENS.map((w, i) => [w, (i + 2) * 10] as const)
]);
const SCALES = new Map([
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9]
]);

// Letters that Unicode does not decompose into a base letter and a mark.
// prettier-ignore
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const ARTICLE = /^(?:the|a|an) (?=\S)/;

const isNumberWord = (w: string) => SMALL.has(w) || w === 'hundred' || SCALES.has(w);
const isDigits = (w: string) => /^\d+(?:\.\d+)?$/.test(w);

/** Reads number words at the start of `tokens` ("two thousand and twelve"): their value and how many. */
function readNumberWords(tokens: readonly string[]): { value: number; used: number } | undefined {
	let total = 0;
	let group = 0;
	let used = 0;
	for (const [i, w] of tokens.entries()) {
		const small = SMALL.get(w);
		const scale = SCALES.get(w);
		if (small !== undefined) group += small;
		else if (w === 'hundred') group = (group || 1) * 100;
		else if (scale) {
			total += (group || 1) * scale;
			group = 0;
		} else if (w === 'and' && used && isNumberWord(tokens[i + 1] ?? '')) continue;
		else break;
		used = i + 1;
	}
	return used ? { value: total + group, used } : undefined;
}

/** Writes numbers in words as digits and folds "2.5 million" into 2500000. */
function numbersToDigits(tokens: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < tokens.length;) {
		const w = tokens[i] ?? '';
		const next = tokens[i + 1] ?? '';
		const scale = next === 'hundred' ? 100 : SCALES.get(next);
		const read = readNumberWords(tokens.slice(i));
		if (isDigits(w) && scale) {
			out.push(String(Math.round(Number(w) * scale)));
			i += 2;
		} else if (read) {
			out.push(String(read.value));
			i += read.used;
		} else {
			out.push(w);
			i++;
		}
	}
	return out;
}

/** The comparable form of an answer: "The  Goïta!" → "goita", "twelve" → "12", "2,000" → "2000". */
export function normalizeAnswer(s: string): string {
	const folded = s
		.replace(/(?<=\d)[,\u00a0\u202f](?=\d{3}(?!\d))/g, '')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[łøđħıßæœþ]/g, (c) => FOLD[c] ?? c)
		.replace(/%/g, ' percent')
		.replace(/\bper cent\b/g, 'percent')
		.replace(/&/g, ' and ')
		.replace(/['’‘`]/g, '')
		.replace(/(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}.]+/gu, ' ')
		.trim()
		.replace(ARTICLE, '');
	return numbersToDigits(folded.split(/\s+/).filter(Boolean)).join(' ');
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	const width = y.length + 1;
	// d[i * width + j]: the distance between the first i letters of x and the first j letters of y.
	const d: number[] = [];
	const at = (i: number, j: number) => d[i * width + j] ?? 0;
	for (let i = 0; i <= x.length; i++) {
		for (let j = 0; j <= y.length; j++) {
			if (i === 0 || j === 0) {
				d[i * width + j] = i + j;
				continue;
			}
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
				v = Math.min(v, at(i - 2, j - 2) + 1);
			d[i * width + j] = v;
		}
	}
	return at(x.length, y.length);
}

/**
 * Slips allowed in a word of this many letters. Any change to a short word makes another word
 * (Mali/Male, Iran/Iraq, Chad/Chat), so those must be exact; one slip in 5–8 letters ("Giota" for
 * "Goita"); two in longer names ("Schabowksi", "Sklodowksa"). Stricter than search engines' "auto"
 * fuzziness (1 edit from 3 letters, 2 from 6), since a quiz must tell near-names apart.
 */
export function allowedSlips(letters: number): number {
	return letters <= 4 ? 0 : letters <= 8 ? 1 : 2;
}

const hasDigit = (w: string) => /\d/.test(w);

/** Whether `given` is `expected` with at most the allowed slips, judged word by word. */
function withinSlips(given: string, expected: string): boolean {
	const g = given.split(' ');
	const e = expected.split(' ');
	if (g.length === e.length) {
		return e.every((word, i) => {
			const typed = g[i] ?? '';
			return hasDigit(word) || hasDigit(typed)
				? word === typed
				: editDistance(typed, word) <= allowedSlips(word.length);
		});
	}
	// Different word counts ("BernersLee", "John Kennedy"): numbers still exact, at most one slip overall.
	const digits = (ws: string[]) => ws.filter(hasDigit).join(' ');
	if (digits(g) !== digits(e)) return false;
	const compactE = e.join('');
	return editDistance(g.join(''), compactE) <= Math.min(1, allowedSlips(compactE.length));
}

/**
 * Whether a typed answer counts as `expected`. `others` are the article's other entities of the same
 * kind: a slip that is as close to one of them as to the key is refused. A surname alone is not
 * accepted for a full name: a card does not know whether "United States" or "Pierre Curie" is a person.
 */
export function checkAnswer(given: string, expected: string, others: readonly string[] = []): boolean {
	const g = normalizeAnswer(given);
	const e = normalizeAnswer(expected);
	if (!g || !e) return false;
	if (g === e) return true;
	if (!withinSlips(g, e)) return false;
	const distance = editDistance(g, e);
	return others.every((other) => {
		const o = normalizeAnswer(other);
		return !o || o === e || editDistance(g, o) > distance;
	});
}
