/** Chrome's install prompt, kept until the person asks for it; Safari on iOS has none and gets a how-to instead. */
import { readLocal, writeLocal } from '$lib/storage';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const IOS_HINT_DISMISSED = 'factdeck.iosHintDismissed';

class InstallState {
	#event = $state.raw<BeforeInstallPromptEvent | null>(null);
	#iosHint = $state(false);

	get canPrompt() {
		return this.#event !== null;
	}

	get showIosHint() {
		return this.#iosHint;
	}

	/** Call once in the browser. */
	listen() {
		const standalone =
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as Navigator & { standalone?: boolean }).standalone === true;
		const ios = /iPhone|iPad|iPod/.test(navigator.userAgent) && !('onbeforeinstallprompt' in window);
		this.#iosHint = ios && !standalone && readLocal(IOS_HINT_DISMISSED) === null;
		const onPrompt = (event: Event) => {
			event.preventDefault();
			this.#event = event as BeforeInstallPromptEvent;
		};
		const onInstalled = () => (this.#event = null);
		window.addEventListener('beforeinstallprompt', onPrompt);
		window.addEventListener('appinstalled', onInstalled);
		return () => {
			window.removeEventListener('beforeinstallprompt', onPrompt);
			window.removeEventListener('appinstalled', onInstalled);
		};
	}

	async prompt() {
		const event = this.#event;
		if (!event) return;
		this.#event = null;
		await event.prompt();
		await event.userChoice;
	}

	dismissIosHint() {
		this.#iosHint = false;
		writeLocal(IOS_HINT_DISMISSED, '1');
	}
}

export const install = new InstallState();
