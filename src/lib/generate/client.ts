/** The page side of generation: runs the generator in a Web Worker so the page stays responsive. Browser only. */
import type { GeneratedDeck } from '../deck/model.ts';
import { errorFromCode } from './errors.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

export function generateInWorker(
	text: string,
	deckId: string,
	onProgress?: (fraction: number) => void,
	more = false
): Promise<GeneratedDeck> {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	return new Promise<GeneratedDeck>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') {
				onProgress?.(reply.fraction);
				return;
			}
			worker.terminate();
			if (reply.type === 'done') resolve(reply.deck);
			else reject(errorFromCode(reply.code, reply.message));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(errorFromCode('internal', event.message || 'The generator stopped unexpectedly.'));
		};
		worker.postMessage({ text, deckId, more } satisfies WorkerRequest);
	});
}
