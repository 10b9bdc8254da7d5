import { count, formatInt } from './numbers.ts';

/**
 * What every page's frame and the library (the first page) show: app, library, install, updates, errors, and the
 * library's words from other areas (and the context line's label, shown with quizzes too). Kept apart so the first
 * page loads no other area's strings.
 */
export const shell = {
	app: {
		name: 'Factdeck',
		home: 'Factdeck',
		back: 'Back',
		settings: 'Settings',
		skipToContent: 'Skip to content',
		loading: 'Loading…'
	},
	library: {
		title: 'Library',
		pageTitle: 'Library — Factdeck',
		empty: 'No decks yet.',
		emptyHow:
			'Paste an article or open a text, web page, PDF or Word file to make a deck of questions and flashcards.',
		cards: (n: number) => count(n, 'card', 'cards'),
		toStudy: (n: number) => `${count(n, 'card', 'cards')} to study today`,
		welcome:
			'Factdeck turns an article into flashcards and a quiz, right on this device: try the deck below, or make one from an article of your own.',
		source: (attribution: string) => `Source: ${attribution}`
	},
	cards: { context: 'Context' },
	newDeck: { action: 'New deck' },
	exchange: { link: 'Import or export' },
	quiz: { take: 'Take quiz' },
	study: {
		action: 'Study',
		studyAll: 'Study all',
		newCountOf: (n: number) => `${formatInt(n)} new`,
		learningCountOf: (n: number) => `${formatInt(n)} learning`,
		reviewCountOf: (n: number) => `${formatInt(n)} due`,
		countsLine: (n: number, l: number, r: number) =>
			`${formatInt(n)} new · ${formatInt(l)} learning · ${formatInt(r)} due`,
		statistics: 'Statistics'
	},
	install: {
		button: 'Install app',
		iosTitle: 'Install Factdeck on your iPhone',
		iosHow:
			'Tap the Share button, then “Add to Home Screen”. Factdeck then opens like an app and works offline.',
		dismiss: 'Dismiss'
	},
	update: {
		available: 'Update available.',
		reload: 'Reload'
	},
	errors: {
		dbUnavailable:
			'Progress can’t be saved on this device: this browser does not allow storage here (private browsing may be on). You can still read the default article.',
		storageFull:
			'This device’s storage is full, so your last change was not saved. Free some space, then try again.',
		versionChange: 'Factdeck was updated in another tab. Reload this page to go on.',
		blocked: 'Close the other Factdeck tabs to finish updating, then reload.',
		generic: 'Something went wrong and nothing was changed. Please try again.'
	}
};
