/** Working without a connection: what to do when a part of the app is missing (Settings' section is in documents.ts). */
export const offline = {
	offline: {
		missingPart:
			'This part of Factdeck is not on this device yet, and there is no connection to download it. Connect to the internet and it downloads as you use it. To have every feature without a connection, choose “Make every feature available offline” in Settings while online.',
		chartsMissing:
			'The charts are not on this device yet, and there is no connection to download them; the figures are below. Connect to the internet to see the charts.'
	}
};
