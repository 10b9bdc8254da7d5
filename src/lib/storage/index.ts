/** What the browser says about this origin's storage: persistence and space. Browser only. */
export interface StorageStatus {
	/** null when the browser does not say. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export async function storageStatus(): Promise<StorageStatus> {
	const storage = globalThis.navigator?.storage;
	const [persisted, estimate] = await Promise.all([
		storage?.persisted ? storage.persisted().catch(() => null) : null,
		storage?.estimate ? storage.estimate().catch(() => null) : null
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser not to evict our data; Chrome grants it silently to installed or engaged sites. */
export async function requestPersistence(): Promise<boolean> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.persist) return false;
	return storage.persist().catch(() => false);
}

/** A value kept in `localStorage`; null when there is none or site data is blocked (the getter itself throws). */
export function readLocal(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Keeps a small value in `localStorage`; false when storage is full or blocked (nothing depends on it). */
export function writeLocal(key: string, value: string): boolean {
	try {
		globalThis.localStorage?.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}
