/// <reference lib="webworker" />
/** The worker side of extraction: one request in, text or a reason out. */
import { ArticleInputError } from '../import/index.ts';
import type { Extracted, ExtractReply, ExtractRequest } from './protocol.ts';

export function serve(extract: (request: ExtractRequest) => Promise<Extracted> | Extracted): void {
	const post = (reply: ExtractReply) => self.postMessage(reply);
	self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
		try {
			post({ type: 'done', ...(await extract(event.data)) });
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			post(
				error instanceof ArticleInputError
					? { type: 'error', problem: error.problem, message }
					: { type: 'error', message }
			);
		}
	};
}
