/// <reference lib="webworker" />
// Import and export off the page: reading a file (unzipping, SQLite, parsing), making the cards and writing them to
// IndexedDB all happen here, so a 200,000-note package never blocks the page. Only counts go back.
import { closeDb } from '../db/index.ts';
import { exportDeckFile, importExchangeFile } from './exchange.service.ts';
import { failedReply, type ExchangeReply, type ExchangeRequest } from './worker-protocol.ts';

const post = (reply: ExchangeReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<ExchangeRequest>) => {
	const request = event.data;
	try {
		if (request.type === 'import') {
			post({ type: 'imported', result: await importExchangeFile(request.file, request.target, request.now) });
		} else {
			const file = await exportDeckFile(request.deckId, request.format, request.now);
			post({ type: 'exported', file }, typeof file.data === 'string' ? [] : [file.data.buffer]);
		}
	} catch (error) {
		post(failedReply(error));
	} finally {
		await closeDb();
	}
};
