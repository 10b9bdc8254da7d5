/**
 * pdf.js in the browser: called from the page, with pdf.js's own worker doing the parsing (it is not meant to run
 * inside another worker). Loaded on first use; the service worker caches it then, it is never precached.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfToText, type PdfJs } from './pdf.ts';

GlobalWorkerOptions.workerSrc = workerUrl;
// Named imports, not a namespace object: a namespace would pull the bundler's runtime helpers into the first load.
const pdfjs = { getDocument } as unknown as PdfJs;

export function readPdf(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<string> {
	return pdfToText(bytes, pdfjs, onProgress);
}
