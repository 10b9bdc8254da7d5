/**
 * The service worker's registration and updates through the platform's API alone: the first page carries no
 * library for them (workbox-window), and the update prompt loads only when there is an update. Browser-only.
 */
const HOUR = 60 * 60 * 1000;
/** The worker vite-plugin-pwa builds from src/service-worker.ts, beside the pages. */
const WORKER = './service-worker.js';

/**
 * Registers the worker once the page has loaded, looks for a new version every hour, and calls `onUpdate` when one
 * is waiting, or when another tab switched to it (this tab then runs old code). Returns a function that stops.
 */
export function watchForUpdates(onUpdate: (registration?: ServiceWorkerRegistration) => void): () => void {
	const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
	if (!container || !import.meta.env.PROD) return () => {};
	let stopped = false;
	let timer: ReturnType<typeof setInterval> | undefined;
	const ifWaiting = (registration: ServiceWorkerRegistration) => {
		if (registration.waiting && container.controller) onUpdate(registration);
	};
	const register = async () => {
		const registration = await navigator.serviceWorker
			.register(WORKER, { scope: './' })
			.catch(() => undefined);
		if (!registration || stopped) return;
		ifWaiting(registration);
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => worker.state === 'installed' && ifWaiting(registration));
		});
		timer = setInterval(() => void registration.update().catch(() => undefined), HOUR);
	};
	// The first visit's worker takes control too (clientsClaim): that is no update.
	let hadController = Boolean(container.controller);
	const onControllerChange = () => {
		if (hadController) onUpdate();
		hadController = true;
	};
	container.addEventListener('controllerchange', onControllerChange);
	if (document.readyState === 'complete') void register();
	else addEventListener('load', () => void register(), { once: true });
	return () => {
		stopped = true;
		clearInterval(timer);
		container.removeEventListener('controllerchange', onControllerChange);
	};
}

/**
 * Activates the waiting version (the worker skips waiting on this message) and reloads once it controls the page;
 * when none is waiting (another tab activated it), reloads after a moment all the same: the page needs the new code.
 */
export function applyUpdate(registration: ServiceWorkerRegistration | undefined): void {
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
	registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
	setTimeout(() => location.reload(), 1500);
}
