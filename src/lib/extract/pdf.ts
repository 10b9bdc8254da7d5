/**
 * PDF to article text: pdf.js (Mozilla's PDF.js) reads each page's positioned text; our code puts it in reading
 * order (pdf-reading-order.ts) and paragraphs (pdf-paragraphs.ts). pdf.js is passed in: the page uses the
 * browser build with its own worker, Node the legacy build. Nothing is rendered and no script in the file runs.
 */
import { ArticleInputError, MAX_ARTICLE_BYTES } from '../import/index.ts';
import { pageSegments, type PageText, type TextRun } from './pdf-lines.ts';
import { paragraphs } from './pdf-paragraphs.ts';
import { readingOrder } from './pdf-reading-order.ts';

/** The part of pdf.js used here, met by both its browser and its legacy (Node) build. */
export interface PdfJs {
	getDocument(source: {
		data: Uint8Array;
		isEvalSupported: boolean;
		enableXfa: boolean;
		disableFontFace: boolean;
		stopAtErrors: boolean;
		verbosity: number;
	}): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

interface PdfDocument {
	numPages: number;
	getPage(n: number): Promise<PdfPage>;
}

interface PdfPage {
	view: number[];
	getTextContent(): Promise<{ items: unknown[] }>;
}

interface PdfTextItem {
	str: string;
	transform: number[];
	width: number;
	fontName: string;
}

/** More pages than any handout; a book gets cut short here and told so by the size of its text. */
export const MAX_PDF_PAGES = 500;

const isTextItem = (item: unknown): item is PdfTextItem =>
	typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

function runsOf(items: unknown[]): TextRun[] {
	return items.filter(isTextItem).flatMap((item) => {
		const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
		// Upright text only: rotated or vertical runs (stamps, margin notes) are not the article.
		if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) return [];
		return [{ text: item.str, x, y, width: item.width, size: Math.hypot(c, d), font: item.fontName }];
	});
}

function problemOf(error: unknown): ArticleInputError {
	const name = error instanceof Error ? error.name : '';
	if (name === 'PasswordException') return new ArticleInputError('encrypted-pdf');
	// pdf.js's worker script could not be fetched: the device is offline and it was never cached.
	if (/fake worker|dynamically imported module/i.test(String(error)))
		return new ArticleInputError('offline-format', String(error));
	return new ArticleInputError('corrupt-pdf', String(error));
}

/** Our part, on top of pdf.js's positioned text: reading order, running lines removed, paragraphs re-joined. */
export function pagesToText(pages: PageText[]): string {
	const segments = pages.map((page, i) => pageSegments(page, i));
	return paragraphs(readingOrder(pages, segments)).join('\n\n');
}

/** Each page's positioned text, as pdf.js reads it. */
export async function readPages(
	bytes: Uint8Array,
	pdfjs: PdfJs,
	onProgress?: (fraction: number) => void
): Promise<PageText[]> {
	// pdf.js takes the buffer over; a copy keeps the caller's bytes usable.
	const task = pdfjs.getDocument({
		data: bytes.slice(),
		isEvalSupported: false,
		enableXfa: false,
		disableFontFace: true,
		stopAtErrors: false,
		// Errors only: a damaged file's warnings are not the person's concern.
		verbosity: 0
	});
	try {
		let doc: PdfDocument;
		try {
			doc = await task.promise;
		} catch (error) {
			throw problemOf(error);
		}
		const pages: PageText[] = [];
		let characters = 0;
		const count = Math.min(doc.numPages, MAX_PDF_PAGES);
		for (let n = 1; n <= count; n++) {
			const page = await doc.getPage(n);
			const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
			const runs = runsOf((await page.getTextContent()).items).map((r) => ({
				...r,
				x: r.x - x0,
				y: r.y - y0
			}));
			characters += runs.reduce((sum, r) => sum + r.text.length, 0);
			if (characters > MAX_ARTICLE_BYTES) throw new ArticleInputError('too-large');
			pages.push({ width: x1 - x0, height: y1 - y0, runs });
			onProgress?.(n / count);
		}
		return pages;
	} catch (error) {
		throw error instanceof ArticleInputError ? error : problemOf(error);
	} finally {
		await task.destroy();
	}
}

/** The text of every page, in reading order, as paragraphs separated by blank lines. */
export async function pdfToText(
	bytes: Uint8Array,
	pdfjs: PdfJs,
	onProgress?: (fraction: number) => void
): Promise<string> {
	const text = pagesToText(await readPages(bytes, pdfjs, onProgress));
	// A scan has pictures of pages and no text layer: there is nothing to read without OCR.
	if ((text.match(/\p{L}/gu)?.length ?? 0) < 20) throw new ArticleInputError('scanned-pdf');
	return text;
}
