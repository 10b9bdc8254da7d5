/**
 * Reading order of a PDF's line segments: running headers, footers and page numbers removed, columns read one
 * after another, and a line that spans the columns (a title) read where it stands.
 */
import type { PageText, Segment } from './pdf-lines.ts';

/** A segment with the left and right edges of the column (or page text) it belongs to. */
export interface Placed extends Segment {
	left: number;
	right: number;
	/** Which column of its page, or -1 when it spans them. */
	column: number;
}

/** The top and bottom share of a page where running headers and footers are looked for. */
const MARGIN = 0.12;
const PAGE_NUMBER =
	/^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)]?(?:\s*(?:of|\/|de|von|sur)\s*\d{1,4})?$/i;

/** Lines near the top or bottom edge that repeat on many pages (digits ignored), or are a page number. */
export function withoutRunningLines(pages: Segment[][], heights: number[]): Segment[][] {
	const key = (s: Segment) => s.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
	const marginal = pages.map((segments, i) => {
		const height = heights[i] ?? 0;
		const baselines = [...new Set(segments.map((s) => s.y))].sort((a, b) => b - a);
		const edge = new Set([...baselines.slice(0, 2), ...baselines.slice(-2)]);
		return new Set(
			segments.filter((s) => edge.has(s.y) && (s.y > height * (1 - MARGIN) || s.y < height * MARGIN))
		);
	});
	const pagesWith = new Map<string, number>();
	for (const set of marginal)
		for (const k of new Set([...set].map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
	const repeated = (s: Segment) => {
		const count = pagesWith.get(key(s)) ?? 0;
		return pages.length > 1 && count >= 2 && count >= 0.4 * pages.length;
	};
	return pages.map((segments, i) =>
		segments.filter((s) => !(marginal[i]?.has(s) && (repeated(s) || PAGE_NUMBER.test(s.text))))
	);
}

/** x positions of the gutters between columns: no line crosses them and at least two lines lie on each side. */
export function gutters(segments: Segment[], width: number): number[] {
	// Counts per whole unit of x, in one pass: lines ending at or before x, starting at or after x, crossing x.
	const size = Math.ceil(width) + 2;
	const endsBy = new Int32Array(size);
	const startsBefore = new Int32Array(size);
	const crossing = new Int32Array(size);
	const at = (x: number) => Math.min(size - 1, Math.max(0, x));
	for (const s of segments) {
		endsBy[at(Math.ceil(s.x1))]!++;
		startsBefore[at(Math.floor(s.x0) + 1)]!++;
		const [from, to] = [at(Math.floor(s.x0) + 1), at(Math.ceil(s.x1))];
		if (from < to) {
			crossing[from]!++;
			crossing[to]!--;
		}
	}
	for (let x = 1; x < size; x++) {
		endsBy[x]! += endsBy[x - 1]!;
		startsBefore[x]! += startsBefore[x - 1]!;
		crossing[x]! += crossing[x - 1]!;
	}
	const found: number[] = [];
	let run: number[] = [];
	const close = () => {
		if (run.length) found.push((run[0]! + run.at(-1)!) / 2);
		run = [];
	};
	const tolerance = Math.max(1, Math.floor(segments.length * 0.05));
	for (let x = Math.round(width * 0.15); x <= width * 0.85; x++) {
		const left = endsBy[x]!;
		const right = segments.length - startsBefore[x]!;
		if (crossing[x]! <= tolerance && left >= 2 && right >= 2) run.push(x);
		else close();
	}
	close();
	return found;
}

/** One page's segments in reading order: each band between spanning lines is read column by column. */
export function orderPage(segments: Segment[], width: number): Placed[] {
	const cuts = gutters(segments, width);
	const columnOf = (s: Segment) => {
		const i = cuts.findIndex((g) => s.x1 <= g);
		const column = i < 0 ? cuts.length : i;
		return s.x0 >= (cuts[column - 1] ?? -Infinity) ? column : -1;
	};
	const sorted = segments
		.map((s) => ({ s, column: columnOf(s) }))
		.sort((a, b) => b.s.y - a.s.y || a.s.x0 - b.s.x0);
	const edges = (column: number) => {
		const members = sorted.filter((p) => column < 0 || p.column === column).map((p) => p.s);
		return { left: Math.min(...members.map((s) => s.x0)), right: Math.max(...members.map((s) => s.x1)) };
	};
	const extent = [-1, ...cuts.map((_, i) => i), cuts.length].map((c) => ({ c, ...edges(c) }));
	const place = ({ s, column }: { s: Segment; column: number }): Placed => {
		const { left, right } = extent.find((e) => e.c === column) ?? { left: s.x0, right: s.x1 };
		return { ...s, left, right, column };
	};

	const out: Placed[] = [];
	let band: { s: Segment; column: number }[] = [];
	const flush = () => {
		for (let c = 0; c <= cuts.length; c++) out.push(...band.filter((p) => p.column === c).map(place));
		band = [];
	};
	for (const item of sorted) {
		if (item.column >= 0) band.push(item);
		else {
			flush();
			out.push(place(item));
		}
	}
	flush();
	return out;
}

/** Every page's text in reading order, running headers, footers and page numbers left out. */
export function readingOrder(pages: PageText[], segments: Segment[][]): Placed[] {
	const kept = withoutRunningLines(
		segments,
		pages.map((p) => p.height)
	);
	return kept.flatMap((page, i) => orderPage(page, pages[i]?.width ?? 0));
}
