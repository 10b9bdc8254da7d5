/**
 * A part of the app that loads when first used (the generator, import and export, charts, QR codes) could not be
 * fetched: it is not on this device yet and there is no connection. Retrying offline cannot help; connecting can.
 */
export class PartMissingError extends Error {
	constructor(part: string, options?: ErrorOptions) {
		super(`${part} is not on this device and could not be downloaded.`, options);
		this.name = 'PartMissingError';
	}
}

/** A dynamic import whose module could not be fetched rejects with a TypeError in every browser. */
export async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
	try {
		return await load();
	} catch (error) {
		if (error instanceof TypeError) throw new PartMissingError(part, { cause: error });
		throw error;
	}
}

/**
 * What a worker's `error` event means: a worker whose script could not be fetched fires a bare `Event`; an error
 * thrown inside a running worker fires an `ErrorEvent` with its message.
 */
export function workerFailure(part: string, event: Event): Error {
	if (event instanceof ErrorEvent && event.message) return new Error(event.message);
	return new PartMissingError(part);
}
