/** The installed app's icon badge (Badging API), best effort: unsupported in some browsers, stale once closed. */
interface BadgingNavigator {
	setAppBadge?: (count?: number) => Promise<void>;
	clearAppBadge?: () => Promise<void>;
}

/** Shows `count` on the app icon where the browser can; clears it at 0. Never throws. */
export async function setAppBadge(
	count: number,
	nav: BadgingNavigator | undefined = globalThis.navigator as BadgingNavigator | undefined
): Promise<boolean> {
	if (!nav?.setAppBadge) return false;
	try {
		if (count > 0) await nav.setAppBadge(count);
		else if (nav.clearAppBadge) await nav.clearAppBadge();
		else await nav.setAppBadge(0);
		return true;
	} catch {
		// Not allowed here (not installed, no permission): the badge is a nicety.
		return false;
	}
}
