/// <reference lib="webworker" />
// The worker entry: the only path by which the NLP library reaches the browser.
import { generateDeck } from './index.ts';
import { GenerateError } from './errors.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const { text, deckId, more } = event.data;
	try {
		const deck = generateDeck(text, {
			deckId,
			more,
			onProgress: (fraction) => post({ type: 'progress', fraction })
		});
		post({ type: 'done', deck });
	} catch (e) {
		const code = e instanceof GenerateError ? e.code : 'internal';
		post({ type: 'error', code, message: e instanceof Error ? e.message : String(e) });
	}
};
