/**
 * PDF text as pdf.js gives it — runs of glyphs at positions — grouped into line segments: runs on one baseline
 * that touch or are one word space apart. A wide gap (a column gutter) starts a new segment.
 */

/** One run of text from pdf.js: baseline origin in PDF units (y grows upwards), advance width, font size. */
export interface TextRun {
	text: string;
	x: number;
	y: number;
	width: number;
	size: number;
	font: string;
}

export interface PageText {
	width: number;
	height: number;
	runs: TextRun[];
}

/** A piece of one line of text, left to right. */
export interface Segment {
	page: number;
	text: string;
	x0: number;
	x1: number;
	y: number;
	size: number;
	font: string;
}

/** A gap wider than this many font sizes between runs on one baseline separates columns, not words. */
const GUTTER = 1.5;
/** A gap wider than this many font sizes is a word space when no space character was drawn. */
const WORD_SPACE = 0.15;

const sameBaseline = (a: TextRun, b: TextRun) => Math.abs(a.y - b.y) < 0.35 * Math.min(a.size, b.size);

/** The segments of one page, top to bottom and left to right. */
export function pageSegments(page: PageText, pageIndex: number): Segment[] {
	const runs = page.runs
		.filter((r) => r.text.length > 0 && r.size > 0)
		.sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: TextRun[][] = [];
	for (const run of runs) {
		const line = lines.at(-1);
		if (line && sameBaseline(line[0] as TextRun, run)) line.push(run);
		else lines.push([run]);
	}
	return lines.flatMap((line) =>
		splitLine(
			line.sort((a, b) => a.x - b.x),
			pageIndex
		)
	);
}

function splitLine(line: TextRun[], page: number): Segment[] {
	const groups: TextRun[][] = [];
	for (const run of line) {
		const group = groups.at(-1);
		const last = group?.at(-1);
		if (group && last && run.x - (last.x + last.width) <= GUTTER * Math.max(run.size, last.size))
			group.push(run);
		else groups.push([run]);
	}
	return groups.map((group) => segment(group, page)).filter((s) => s.text.length > 0);
}

function segment(runs: TextRun[], page: number): Segment {
	const pieces: string[] = [];
	let x1 = -Infinity;
	let spaced = true;
	// The segment's font and size are those of most of its characters, so one bold word is not a heading.
	const weight = new Map<string, { size: number; font: string; chars: number }>();
	for (const run of runs) {
		const gap = run.x - x1;
		if (!spaced && gap > WORD_SPACE * run.size && run.text[0] !== ' ') pieces.push(' ');
		pieces.push(run.text);
		spaced = /\s$/.test(run.text);
		x1 = Math.max(x1, run.x + run.width);
		const key = `${run.size} ${run.font}`;
		const entry = weight.get(key) ?? { size: run.size, font: run.font, chars: 0 };
		entry.chars += run.text.trim().length;
		weight.set(key, entry);
	}
	let main = { size: 0, font: '', chars: -1 };
	for (const entry of weight.values()) if (entry.chars > main.chars) main = entry;
	const first = runs[0] as TextRun;
	return {
		page,
		text: pieces.join('').replace(/\s+/g, ' ').trim(),
		x0: first.x,
		x1,
		y: first.y,
		size: main.size,
		font: main.font
	};
}
