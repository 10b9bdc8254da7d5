/** The page side of extraction: web pages and Word files are read in a Web Worker of their own. Browser only. */
import { ArticleInputError } from '../import/index.ts';
import type { Extracted, ExtractReply, ExtractRequest } from './protocol.ts';

/** A worker that cannot start — its script is not cached and the device is offline — is reported as such. */
function run(worker: Worker, request: ExtractRequest, transfer: Transferable[] = []): Promise<Extracted> {
	return new Promise<Extracted>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<ExtractReply>) => {
			worker.terminate();
			const reply = event.data;
			if (reply.type === 'done')
				resolve(reply.site ? { text: reply.text, site: reply.site } : { text: reply.text });
			else reject(new ArticleInputError(reply.problem ?? 'corrupt-docx', reply.message));
		};
		worker.onerror = (event) => {
			worker.terminate();
			event.preventDefault();
			reject(new ArticleInputError('offline-format', event.message));
		};
		worker.postMessage(request, transfer);
	});
}

export function extractWebPage(html: string): Promise<Extracted> {
	const worker = new Worker(new URL('./web-page.worker.ts', import.meta.url), { type: 'module' });
	return run(worker, { html });
}

export function extractDocx(bytes: Uint8Array): Promise<Extracted> {
	const worker = new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module' });
	const copy = bytes.slice();
	return run(worker, { bytes: copy }, [copy.buffer]);
}
