/**
 * After the first visit, once the page is idle, the parts of the app that are not precached (the generator, import
 * and export, charts, QR codes) are downloaded in the background, so that every feature works offline. Skipped when
 * the browser asks to save data; Settings offers the download then. The file format readers (`idle: false`) are
 * only offered in Settings, never downloaded here.
 */
import { isStored, lazyParts, store } from './parts.ts';

/** Measured by the offline end-to-end test: the idle download is over. */
export const OFFLINE_READY_MARK = 'factdeck:offline-ready';

interface NetworkInformation {
	saveData?: boolean;
}

function savingData(): boolean {
	return (navigator as Navigator & { connection?: NetworkInformation }).connection?.saveData === true;
}

function whenIdle(run: () => void): void {
	if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 10_000 });
	else setTimeout(run, 2_000);
}

async function downloadIdleParts(): Promise<void> {
	// One part at a time: a background download must not crowd the page's own requests.
	for (const part of await lazyParts()) if (part.idle && !(await isStored(part))) await store(part);
	performance.mark(OFFLINE_READY_MARK);
}

export function downloadWhenIdle(): void {
	if (!('caches' in globalThis) || !('serviceWorker' in navigator) || savingData()) return;
	// Offline or a server gone: the next visit tries again, and Settings says what is missing.
	whenIdle(() => void downloadIdleParts().catch(() => undefined));
}
