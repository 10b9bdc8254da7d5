import { formatBytes } from '../format.ts';

/** Working without a connection: the parts of the app downloaded for it, and what to do when one is missing. */
export const offline = {
	offline: {
		missingPart:
			'This part of Factdeck is not on this device yet, and there is no connection to download it. Connect to the internet and it downloads as you use it. To have every feature without a connection, choose “Make every feature available offline” in Settings while online.',
		chartsMissing:
			'The charts are not on this device yet, and there is no connection to download them; the figures are below. Connect to the internet to see the charts.',
		heading: 'Offline',
		intro:
			'After your first visit Factdeck downloads the rest of the app in the background, so that every feature works without a connection.',
		make: 'Make every feature available offline',
		downloading: (done: number, total: number) =>
			`Downloading… ${formatBytes(done)} of ${formatBytes(total)}`,
		ready: 'Every feature is available offline.',
		toDownload: (size: string) => `${size} to download.`,
		part: (name: string, size: string) => `${name}: ${size}`,
		parts: {
			app: 'Making cards, import and export, charts and QR codes',
			pdf: 'PDF import',
			docx: 'Word import',
			web: 'Web page import'
		} as Record<string, string>,
		failed:
			'The download stopped because the connection was lost. What was downloaded is kept: connect to the internet and press the button to get the rest.',
		unsupported:
			'This browser does not keep parts of the app for offline use here (private browsing may be on).',
		unknown: 'Connect to the internet to see what this device still needs to work offline.'
	}
};
