// How fast articles come out of files (Node, pdf.js's legacy build), and what each reader costs to download.
// Run alone: `npx tsx bench/extract.ts` (the sizes need `npm run build`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { docxToText } from '../src/lib/extract/docx.ts';
import { pagesToText, readPages, type PdfJs } from '../src/lib/extract/pdf.ts';
import { webPageToText } from '../src/lib/extract/web-page.ts';
import { BUILD_PATH } from '../scripts/builds.js';
import { ms, versus } from './target.ts';

const FORMATS = new URL('../tests/fixtures/formats/', import.meta.url);
const PARTS = join(BUILD_PATH, 'lazy-parts.json');
/** Our reading order, running-line removal and hyphen joining on top of pdf.js, for 20 pages. */
export const PDF_LAYOUT_BUDGET_MS = 50;

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, FORMATS)));

async function median(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await f();
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[runs >> 1] as number;
}

export async function benchExtract(): Promise<void> {
	const legacy = pdfjs as unknown as PdfJs;
	const twenty = bytes('twenty-pages.pdf');
	const pages = await readPages(twenty, legacy);
	const words = pagesToText(pages).split(/\s+/).length;
	const reading = await median(5, () => readPages(twenty, legacy));
	const layout = await median(21, () => pagesToText(pages));
	console.log(
		`PDF, ${pages.length} pages, ${words} words: ${(reading + layout).toFixed(0)} ms ` +
			`(pdf.js ${reading.toFixed(0)} ms, our reading order and paragraphs ${layout.toFixed(1)} ms ` +
			`${versus(layout, PDF_LAYOUT_BUDGET_MS, ms)})`
	);
	const docx = bytes('hanseatic-league.docx');
	console.log(`Word, 1 page: ${(await median(11, () => docxToText(docx))).toFixed(1)} ms`);
	const html = readFileSync(new URL('transit-of-venus.html', FORMATS), 'utf8');
	console.log(`Saved web page, 6 KB: ${(await median(11, () => webPageToText(html))).toFixed(1)} ms`);

	if (!existsSync(PARTS)) {
		console.log('Lazy parts: no build/lazy-parts.json (run `npm run build` first)');
		return;
	}
	const { parts } = JSON.parse(readFileSync(PARTS, 'utf8')) as {
		parts: { id: string; idle: boolean; files: string[]; bytes: number }[];
	};
	for (const part of parts)
		console.log(
			`Lazy part ${part.id}: ${(part.bytes / 1024).toFixed(1)} KB gzipped in ${part.files.length} files` +
				(part.idle ? '' : ' (offered in Settings, not prefetched)')
		);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchExtract();
