/** What can go wrong with the database, as classes callers can tell apart. */
export class DbError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = new.target.name;
	}
}

/** IndexedDB is missing or refuses to open (private modes, blocked by the browser): progress cannot be saved. */
export class DbUnavailableError extends DbError {}

/** The browser's storage quota is used up; the transaction was rolled back. */
export class StorageFullError extends DbError {}

/**
 * The connection was closed because another tab needs a newer version of the database
 * (or deleted it): this tab must reload.
 */
export class DbClosedError extends DbError {}

export class NotFoundError extends DbError {}

function errorName(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
		? error.name
		: undefined;
}

/** Maps what IndexedDB throws to the hierarchy above; `closed` says whether the connection was closed on purpose. */
export function toDbError(error: unknown, closed = false): DbError {
	if (error instanceof DbError) return error;
	const name = errorName(error);
	if (name === 'QuotaExceededError') {
		return new StorageFullError('Storage is full: the change was not saved.', { cause: error });
	}
	if (closed && name === 'InvalidStateError') return closedError(error);
	return new DbError(`Database error: ${name ?? String(error)}`, { cause: error });
}

export function closedError(cause?: unknown): DbClosedError {
	return new DbClosedError('The database was closed because another tab updated the app. Reload this page.', {
		cause
	});
}
