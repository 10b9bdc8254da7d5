import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GeneratedDeck } from '../../../src/lib/deck/model.ts';
import { generateInWorker } from '../../../src/lib/generate/client.ts';
import { EmptyTextError, GenerateError, NoSentencesError } from '../../../src/lib/generate/errors.ts';
import type { WorkerReply, WorkerRequest } from '../../../src/lib/generate/protocol.ts';

const deck: GeneratedDeck = { title: 'T', blocks: [], generatorVersion: 1, cards: [], heldBack: 0 };

/** A stand-in for the browser's Worker that answers with the given replies. */
function fakeWorker(replies: WorkerReply[]) {
	const made: { requests: WorkerRequest[]; terminated: boolean }[] = [];
	class FakeWorker {
		onmessage: ((event: { data: WorkerReply }) => void) | null = null;
		onerror: ((event: { message: string }) => void) | null = null;
		readonly record = { requests: [] as WorkerRequest[], terminated: false };
		constructor() {
			made.push(this.record);
		}
		postMessage(request: WorkerRequest) {
			this.record.requests.push(request);
			queueMicrotask(() => replies.forEach((data) => this.onmessage?.({ data })));
		}
		terminate() {
			this.record.terminated = true;
		}
	}
	vi.stubGlobal('Worker', FakeWorker);
	return made;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('generateInWorker', () => {
	it('sends the text, forwards progress and resolves with the deck', async () => {
		const made = fakeWorker([
			{ type: 'progress', fraction: 0.5 },
			{ type: 'done', deck }
		]);
		const seen: number[] = [];
		await expect(generateInWorker('Some text.', 'd1', (f) => seen.push(f))).resolves.toEqual(deck);
		expect(seen).toEqual([0.5]);
		expect(made).toEqual([
			{ requests: [{ text: 'Some text.', deckId: 'd1', more: false }], terminated: true }
		]);
	});

	it('rethrows the worker errors as the same error classes', async () => {
		fakeWorker([{ type: 'error', code: 'empty', message: 'The text is empty.' }]);
		await expect(generateInWorker('', 'd')).rejects.toBeInstanceOf(EmptyTextError);
		fakeWorker([{ type: 'error', code: 'no-sentences', message: 'No sentences.' }]);
		await expect(generateInWorker('12', 'd')).rejects.toBeInstanceOf(NoSentencesError);
		fakeWorker([{ type: 'error', code: 'internal', message: 'Boom' }]);
		const error = await generateInWorker('x', 'd').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GenerateError);
		expect(error).not.toBeInstanceOf(EmptyTextError);
	});
});
