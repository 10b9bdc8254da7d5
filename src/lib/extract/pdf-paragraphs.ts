/**
 * Lines in reading order to paragraphs: a paragraph ends where the style changes (a heading), the gap to the next
 * line is wider than the line spacing, the next line is indented, or a short line ends a sentence. Lines are joined
 * with a space, and words broken at a line end with a hyphen are joined again.
 */
import type { Placed } from './pdf-reading-order.ts';

const ENDS_SENTENCE = /[.!?:;"'”’)\]]$/;
const HYPHENATED = /(\p{L}+)[-\u00ad\u2010]$/u;

/** The usual distance between baselines for each font size: the most common one. */
function lineSpacing(lines: Placed[]): Map<number, number> {
	const counts = new Map<number, Map<number, number>>();
	lines.forEach((line, i) => {
		const next = lines[i + 1];
		if (!next || !sameFlow(line, next) || next.size !== line.size) return;
		const gap = Math.round((line.y - next.y) * 2) / 2;
		const bySize = counts.get(line.size) ?? new Map<number, number>();
		bySize.set(gap, (bySize.get(gap) ?? 0) + 1);
		counts.set(line.size, bySize);
	});
	return new Map(
		[...counts].map(([size, gaps]) => [size, [...gaps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]])
	);
}

/** The next line sits right under this one, in the same column of the same page. */
const sameFlow = (a: Placed, b: Placed) => a.page === b.page && a.column === b.column && b.y < a.y;

function isShort(line: Placed): boolean {
	return line.x1 < line.right - Math.max(2 * line.size, 0.15 * (line.right - line.left));
}

function startsParagraph(previous: Placed, line: Placed, spacing: Map<number, number>): boolean {
	if (Math.abs(previous.size - line.size) > 0.5 || previous.font !== line.font) return true;
	if (isShort(previous) && ENDS_SENTENCE.test(previous.text)) return true;
	// A first-line indent: the line starts in from its column's edge but runs to the right edge (not centred).
	const indented = line.x0 > line.left + 0.8 * line.size && line.x1 > line.right - line.size;
	if (indented && previous.x0 <= previous.left + 0.8 * previous.size) return true;
	if (!sameFlow(previous, line)) return false;
	const usual = spacing.get(line.size);
	return usual !== undefined && previous.y - line.y > usual * 1.25;
}

/** Words written with a hyphen somewhere inside a line: "well-known" stays "well-known" across a line end. */
function hyphenatedWords(lines: Placed[]): Set<string> {
	const words = new Set<string>();
	for (const line of lines)
		for (const [word] of line.text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) words.add(word.toLowerCase());
	return words;
}

/** What goes between a line and the next in a paragraph: a space, nothing, or nothing and the hyphen taken off. */
function joint(line: string, next: string, keep: Set<string>): { drop: number; glue: string } {
	const broken = HYPHENATED.exec(line);
	const nextWord = /^\p{L}+/u.exec(next)?.[0];
	if (!broken || !nextWord) return { drop: 0, glue: ' ' };
	// "Franco-" + "Prussian" or a compound written with a hyphen elsewhere keeps its hyphen; "interna-" + "tional" does not.
	const soft = line.endsWith('\u00ad');
	const compound = keep.has(`${broken[1]}-${nextWord}`.toLowerCase()) || /^\p{Lu}/u.test(nextWord);
	return { drop: !soft && compound ? 0 : 1, glue: '' };
}

/** Paragraphs of the document as plain text, one per entry. */
export function paragraphs(lines: Placed[]): string[] {
	const spacing = lineSpacing(lines);
	const keep = hyphenatedWords(lines);
	const out: string[][] = [];
	let current: string[] = [];
	lines.forEach((line, i) => {
		const previous = lines[i - 1];
		if (previous && startsParagraph(previous, line, spacing)) {
			out.push(current);
			current = [];
		}
		const last = current.at(-1);
		if (last !== undefined) {
			const { drop, glue } = joint(last, line.text, keep);
			current[current.length - 1] = last.slice(0, last.length - drop) + glue;
		}
		current.push(line.text);
	});
	out.push(current);
	return out.map((pieces) => pieces.join('').trim()).filter(Boolean);
}
