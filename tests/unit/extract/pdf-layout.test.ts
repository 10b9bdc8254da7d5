import { describe, expect, it } from 'vitest';
import { pageSegments, type PageText, type TextRun } from '$lib/extract/pdf-lines';
import { paragraphs } from '$lib/extract/pdf-paragraphs';
import { readingOrder } from '$lib/extract/pdf-reading-order';

const BODY = 'F1';
const run = (
	text: string,
	x: number,
	y: number,
	width = text.length * 5,
	size = 10,
	font = BODY
): TextRun => ({
	text,
	x,
	y,
	width,
	size,
	font
});

/** Lines of a column, 12 units apart, starting at `top`; a full line is 200 wide. */
function column(lines: string[], x: number, top: number, widths: number[] = []): TextRun[] {
	return lines.map((text, i) => run(text, x, top - 12 * i, widths[i] ?? 200));
}

function text(pages: PageText[]): string {
	return paragraphs(readingOrder(pages, pages.map(pageSegments))).join('\n\n');
}

const page = (runs: TextRun[]): PageText => ({ width: 500, height: 700, runs });

describe('reading order', () => {
	it('reads the left column, then the right, under a title that spans both', () => {
		const runs = [
			run('A title across both columns', 40, 650, 420, 16, 'F2'),
			...column(['Left one starts', 'left two goes', 'left three ends.'], 40, 600, [200, 200, 120]),
			...column(['Right one starts', 'right two goes', 'right three ends.'], 260, 600, [200, 200, 120])
		];
		expect(text([page(runs)])).toBe(
			'A title across both columns\n\nLeft one starts left two goes left three ends.\n\nRight one starts right two goes right three ends.'
		);
	});

	it('keeps a one-column page with ragged lines in one column', () => {
		const runs = column(
			['First line of a', 'paragraph that runs on', 'and ends here.'],
			40,
			600,
			[300, 380, 150]
		);
		expect(text([page(runs)])).toBe('First line of a paragraph that runs on and ends here.');
	});

	it('drops running headers and footers that repeat with a changing page number, and lone page numbers', () => {
		const pages = [1, 2, 3, 4].map((n) =>
			page([
				run(n % 2 ? 'Odd header' : 'Even header', 40, 680),
				...column([`Body of page ${n} goes on`, 'and ends.'], 40, 600, [400, 60]),
				run(`Page ${n} of 4`, 220, 20),
				run(`${n}`, 460, 20)
			])
		);
		expect(text(pages)).toBe([1, 2, 3, 4].map((n) => `Body of page ${n} goes on and ends.`).join('\n\n'));
	});

	it('drops a page number on a single page but keeps a title at the top', () => {
		const runs = [
			run('The only title', 40, 680, 100, 14, 'F2'),
			...column(['Text.'], 40, 600, [30]),
			run('- 7 -', 240, 20)
		];
		expect(text([page(runs)])).toBe('The only title\n\nText.');
	});
});

describe('paragraphs', () => {
	it('joins a word broken at a line end and keeps hyphens of compounds and names', () => {
		const runs = column(
			[
				'An interna-',
				'tional project with a well-known well-',
				'known Franco-',
				'Prussian twist and a soft hy\u00ad',
				'phen.'
			],
			40,
			600,
			[200, 200, 200, 200, 40]
		);
		expect(text([page(runs)])).toBe(
			'An international project with a well-known well-known Franco-Prussian twist and a soft hyphen.'
		);
	});

	it('starts a paragraph after a wider gap, at an indent, and at a change of font', () => {
		const runs = [
			run('Heading', 40, 640, 60, 12, 'Bold'),
			...column(['One line of text that', 'runs on.'], 40, 620, [200, 200]),
			...column(['After a gap.'], 40, 590, [200]),
			...column(['   Indented first line', 'of another paragraph.'], 40, 578, [200, 200]).map((r, i) =>
				i === 0 ? { ...r, x: 60, width: 180 } : r
			)
		];
		expect(text([page(runs)])).toBe(
			'Heading\n\nOne line of text that runs on.\n\nAfter a gap.\n\nIndented first line of another paragraph.'
		);
	});

	it('continues a paragraph from the bottom of one column to the top of the next', () => {
		const runs = [
			...column(['A sentence that runs', 'on and on across', 'the'], 40, 600, [200, 200, 200]),
			...column(['column break.', 'Then another', 'one ends.'], 260, 600, [80, 200, 60])
		];
		expect(text([page(runs)])).toBe(
			'A sentence that runs on and on across the column break.\n\nThen another one ends.'
		);
	});
});

describe('pageSegments', () => {
	it('puts a space between runs drawn apart without one, and none between touching runs', () => {
		const segments = pageSegments(
			page([run('Hal', 40, 600, 15), run('ley', 55, 600, 15), run('knew', 73, 600, 20)]),
			0
		);
		expect(segments.map((s) => s.text)).toEqual(['Halley knew']);
	});

	it('ignores empty runs and takes the font of most of the letters', () => {
		const segments = pageSegments(
			page([
				run('', 40, 600, 0),
				run('Mostly body text', 40, 600, 80),
				run('bold', 125, 600, 20, 10, 'Bold')
			]),
			0
		);
		expect(segments).toEqual([
			expect.objectContaining({ text: 'Mostly body text bold', font: BODY, size: 10 })
		]);
	});
});
