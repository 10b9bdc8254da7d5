/**
 * After the first visit, once the page is idle, the parts of the app that are not precached (the generator, import
 * and export, charts, QR codes) are downloaded in the background, so that every feature works offline. Skipped when
 * the browser asks to save data; Settings offers the download then. Optional parts are never downloaded here.
 */
import { canKeepParts, downloadParts, partStates } from './download.ts';

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

export function downloadWhenIdle(): void {
	if (!canKeepParts() || savingData()) return;
	whenIdle(() => {
		void partStates()
			.then((states) => downloadParts(states.filter((state) => !state.part.optional)))
			.then(() => performance.mark(OFFLINE_READY_MARK))
			// Offline or a server gone: the next visit tries again, and Settings says what is missing.
			.catch(() => undefined);
	});
}
