/** Messages between the page and the import/export worker; errors travel by name and are rebuilt on the page. */
import { DbClosedError, DbError, DbUnavailableError, NotFoundError, StorageFullError } from '../db/index.ts';
import { ExchangeError, type ExchangeProblem } from './errors.ts';
import type { ExportedFile, ExportFormat, ImportResult, ImportTarget } from './exchange.service.ts';

export type ExchangeRequest =
	| { type: 'import'; file: File; target: ImportTarget; now: number }
	| { type: 'export'; deckId: string; format: ExportFormat; now: number };

export interface FailedReply {
	type: 'error';
	name: string;
	message: string;
	problem?: ExchangeProblem;
}

export type ExchangeReply =
	{ type: 'imported'; result: ImportResult } | { type: 'exported'; file: ExportedFile } | FailedReply;

export function failedReply(error: unknown): FailedReply {
	if (error instanceof ExchangeError)
		return { type: 'error', name: error.name, message: error.message, problem: error.problem };
	if (error instanceof Error) return { type: 'error', name: error.name, message: error.message };
	return { type: 'error', name: 'Error', message: String(error) };
}

const DB_ERRORS: Record<string, new (message: string) => DbError> = {
	DbError,
	DbUnavailableError,
	StorageFullError,
	DbClosedError,
	NotFoundError
};

/** The error the worker threw, as the class the page tells apart (an unusable file, a storage problem…). */
export function errorFromReply(reply: FailedReply): Error {
	if (reply.problem) return new ExchangeError(reply.problem, reply.message);
	const DbClass = DB_ERRORS[reply.name];
	return DbClass ? new DbClass(reply.message) : new Error(reply.message);
}
