/** The page side of import and export: the work runs in a Web Worker (see exchange.worker.ts). Browser only. */
import { workerFailure } from '../offline/missing.ts';
import type { ExportedFile, ExportFormat, ImportResult, ImportTarget } from './exchange.service.ts';
import { errorFromReply, type ExchangeReply, type ExchangeRequest } from './worker-protocol.ts';

export { ExchangeError } from './errors.ts';
export type { ExportedFile, ExportFormat, ImportResult, ImportTarget };

function inWorker(request: ExchangeRequest): Promise<ExchangeReply> {
	const worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<ExchangeReply>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<ExchangeReply>) => {
			worker.terminate();
			if (event.data.type === 'error') reject(errorFromReply(event.data));
			else resolve(event.data);
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(workerFailure('Import and export', event));
		};
		worker.postMessage(request);
	});
}

/** Reads a file and stores its cards, all or nothing; throws an `ExchangeError` for a file that cannot be used. */
export async function importFile(file: File, target: ImportTarget, now: number): Promise<ImportResult> {
	const reply = await inWorker({ type: 'import', file, target, now });
	if (reply.type !== 'imported') throw new Error(`Unexpected reply ${reply.type}`);
	return reply.result;
}

/** A deck as a file to save: Anki text, CSV or an Anki package. */
export async function exportDeck(deckId: string, format: ExportFormat, now: number): Promise<ExportedFile> {
	const reply = await inWorker({ type: 'export', deckId, format, now });
	if (reply.type !== 'exported') throw new Error(`Unexpected reply ${reply.type}`);
	return reply.file;
}
