/**
 * Whether the app runs inside another page's frame. A host that sends no frame-ancestors header lets any site frame
 * the app and trick a click; destructive actions (Delete all data, Replace) are refused there.
 */
export function isFramed(): boolean {
	try {
		return window.self !== window.top;
	} catch {
		return true;
	}
}
