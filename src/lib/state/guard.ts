import { DbClosedError, DbUnavailableError, StorageFullError } from '$lib/db';
import { dbStatus, type StorageProblem } from './db-status.svelte';

function problemOf(error: unknown): StorageProblem {
	if (error instanceof StorageFullError) return 'full';
	if (error instanceof DbUnavailableError) return 'unavailable';
	// Another tab upgraded the database and this one closed its connection: a reload picks up the new version.
	if (error instanceof DbClosedError) return 'versionchange';
	return 'failed';
}

/** Runs a storage action; a failure is told to the person (and logged), never thrown into the UI. */
export async function guard<T>(action: () => Promise<T>): Promise<T | undefined> {
	try {
		return await action();
	} catch (error) {
		console.error(error);
		dbStatus.report(problemOf(error));
		return undefined;
	}
}
