/** Every string the interface shows, in English. A French catalogue will have the same shape. */
export const en = {
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
			'Paste an article or open a .txt, .md or .html file to make a deck of questions and flashcards.',
		cards: (n: number) => (n === 1 ? '1 card' : `${formatInt(n)} cards`),
		source: (attribution: string) => `Source: ${attribution}`
	},
	cardTypes: {
		cloze: 'Fill in the blank',
		qa: 'Question and answer',
		mcq: 'Multiple choice',
		truefalse: 'True or false',
		short: 'Short answer'
	},
	cards: {
		heading: 'Cards',
		count: (n: number) => (n === 1 ? '1 card' : `${formatInt(n)} cards`),
		prompt: 'Question',
		statement: 'Statement',
		answer: 'Answer',
		choices: 'Choices',
		choice: (n: number) => `Choice ${'ABCD'[n] ?? n + 1}`,
		correctChoice: (n: number) => `Choice ${'ABCD'[n] ?? n + 1} is the right answer`,
		isTrue: 'The statement is true',
		isFalse: 'The statement is false',
		evidence: 'From the article',
		edit: 'Edit',
		editCard: (n: number) => `Edit card ${n}`,
		deleteCard: (n: number) => `Delete card ${n}`,
		delete: 'Delete',
		done: 'Done',
		add: 'Add a card',
		type: 'Card type',
		blank: 'Use _____ for the blank.',
		needsPromptAndAnswer: 'A card needs a question and an answer.',
		choicesDistinct: 'The four choices must be different and filled in.',
		showInArticle: 'Show in the article',
		none: 'No cards yet.'
	},
	newDeck: {
		action: 'New deck',
		title: 'New deck',
		pageTitle: 'New deck — Factdeck',
		intro:
			'Paste an article, or open a text, Markdown or HTML file. Questions and flashcards are made on this device.',
		textField: 'Article text',
		textHint: 'The first line is taken as the title.',
		openFile: 'Open a file',
		fileHint: '.txt, .md or .html, up to 2 MB',
		make: 'Make cards',
		making: 'Making cards…',
		progress: 'Progress',
		review: 'Review the cards',
		reviewIntro: 'Edit or delete any card, or add your own. Nothing is saved until you save the deck.',
		titleField: 'Deck title',
		save: 'Save deck',
		startOver: 'Start over',
		notEnglish:
			'This text does not look like English. Generation works best for English; here is what could be done.',
		problems: {
			empty: 'The text is empty. Paste an article or open a file.',
			url: 'That is a web address. Factdeck cannot fetch pages: open the article, copy its text and paste it here.',
			'too-large': 'That is more than 2 MB of text. Paste a shorter article, or split it into parts.',
			binary: 'That file is not text. Open a .txt, .md or .html file.',
			unsupported:
				'Factdeck reads .txt, .md and .html files. Copy the text from other files and paste it here.',
			'no-sentences': 'No sentences were found in this text. Paste an article written in full sentences.',
			noCards: 'No cards could be made from this text. Try a longer article with names, places and dates.',
			failed: 'Cards could not be made from this text. Nothing was saved. Please try again.'
		}
	},
	deck: {
		pageTitle: (title: string) => `${title} — Factdeck`,
		notFound: 'This deck is not in your library.',
		notFoundHow: 'It may have been deleted. Go back to the library to pick another deck.',
		toLibrary: 'Go to the library',
		source: (attribution: string) => `Source: ${attribution}`,
		article: 'Article',
		articleHeading: 'Article',
		rename: 'Rename',
		renameTitle: 'Rename deck',
		titleField: 'Deck title',
		titleRequired: 'Give the deck a title.',
		save: 'Save',
		cancel: 'Cancel',
		delete: 'Delete deck',
		deleteTitle: 'Delete this deck?',
		deleteBody: (title: string) =>
			`“${title}”, its cards and all study progress on them will be deleted from this device. This cannot be undone.`,
		deleteConfirm: 'Delete',
		updated: (date: string) => `Updated ${date}`
	},
	settings: {
		title: 'Settings',
		pageTitle: 'Settings — Factdeck',
		reading: 'Reading',
		textSize: 'Article text size',
		textSizes: { small: 'Small', medium: 'Medium', large: 'Large' },
		storage: 'Storage on this device',
		persistent: 'Persistent storage',
		persistentOn: 'On — the browser will not clear your decks and progress to free space.',
		persistentOff: 'Off — the browser may clear your data when the device runs low on space.',
		persistentUnknown: 'Unknown — this browser does not say.',
		used: 'Used',
		usedOf: (used: string, quota: string) => `${used} of ${quota} available`,
		usedUnknown: 'This browser does not say.',
		dangerZone: 'Delete data',
		deleteAll: 'Delete all data',
		deleteAllTitle: 'Delete everything?',
		deleteAllBody:
			'Every deck, card, review and quiz result on this device will be deleted. This cannot be undone.',
		deleteAllConfirm: 'Delete everything',
		deleted: 'All data deleted.',
		saved: 'Saved.'
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
		reload: 'Reload',
		offlineReady: 'Factdeck now works offline.'
	},
	backup: {
		heading: 'Backup',
		intro:
			'Your decks and progress live only on this device. A backup file keeps them safe, or moves them to another device.',
		export: 'Export backup',
		exporting: 'Exporting…',
		exported: (fileName: string) => `Backup saved as ${fileName}.`,
		restore: 'Restore backup',
		restoreHint: 'A Factdeck backup file (.json), up to 200 MB',
		reading: 'Reading the backup…',
		restoring: 'Restoring the backup…',
		previewHeading: 'This backup holds',
		madeOn: (date: string, version: string) => `Made on ${date} by Factdeck ${version}.`,
		counts: {
			decks: (n: number) => (n === 1 ? '1 deck' : `${formatInt(n)} decks`),
			cards: (n: number) => (n === 1 ? '1 card' : `${formatInt(n)} cards`),
			reviewLogs: (n: number) => (n === 1 ? '1 review' : `${formatInt(n)} reviews`),
			quizAttempts: (n: number) => (n === 1 ? '1 quiz result' : `${formatInt(n)} quiz results`)
		} as Record<string, (n: number) => string>,
		otherRecords: (n: number) => (n === 1 ? '1 other record' : `${formatInt(n)} other records`),
		merge: 'Merge into this device',
		mergeHint:
			'Adds what this device lacks. For each card, the state studied most recently is kept; no review is counted twice.',
		replace: 'Replace everything',
		replaceTitle: 'Replace everything on this device?',
		replaceBody:
			'Every deck, card, review and quiz result on this device is deleted and replaced by the backup. This cannot be undone.',
		replaceConfirm: 'Replace everything',
		cancel: 'Cancel',
		merged: (decks: number, cards: number, reviews: number) =>
			`Backup merged: ${formatInt(decks)} decks, ${formatInt(cards)} cards and ${formatInt(reviews)} reviews added or updated.`,
		replaced: 'Backup restored. Everything on this device now comes from the backup.',
		reminder: (reviews: number) =>
			`You have studied ${reviews === 1 ? '1 card' : `${formatInt(reviews)} cards`} since your last backup, and this browser may clear its storage when space runs low. Export a backup to keep your progress safe.`,
		problems: {
			empty: 'That file is empty. Choose a Factdeck backup file.',
			'too-large': 'That file is larger than 200 MB, too large for a Factdeck backup.',
			foreign: 'That is not a Factdeck backup. Choose a file made with “Export backup”.',
			damaged: 'That backup is damaged or incomplete, so nothing was restored. Try another copy of it.',
			newer:
				'That backup was made by a newer version of Factdeck. Update the app (reload the page), then try again.'
		}
	},
	exchange: {
		title: 'Import and export',
		pageTitle: 'Import and export — Factdeck',
		intro:
			'Move decks between Factdeck, Anki and spreadsheets. Files are read and written on this device only.',
		link: 'Import or export',
		exportHeading: 'Export a deck',
		deck: 'Deck',
		noDecks: 'There are no decks to export yet.',
		formats: 'Format',
		ankiText: 'Anki text file (.txt)',
		ankiTextHint: 'Anki: File › Import. Basic and Cloze notes land in their note types.',
		csv: 'Spreadsheet (.csv)',
		csvHint: 'Front, Back and Tags columns, for Excel, LibreOffice or Google Sheets.',
		apkg: 'Anki package (.apkg)',
		apkgHint: 'Opens in any Anki version as a new deck of new cards.',
		download: 'Export',
		exported: (fileName: string) => `Saved as ${fileName}.`,
		exportNote: 'Study progress stays in Factdeck; exported cards start as new cards.',
		importHeading: 'Import a file',
		file: 'File',
		fileHint: 'Anki .apkg (up to 200 MB), Anki text .txt or .tsv, or .csv (up to 20 MB)',
		into: 'Import into',
		newDeck: 'A new deck',
		existingDeck: 'An existing deck',
		import: 'Import',
		importing: 'Importing…',
		imported: (n: number, title: string) =>
			`${n === 1 ? '1 card' : `${formatInt(n)} cards`} added to “${title}”.`,
		openDeck: 'Open the deck',
		skippedHeading: 'Left out',
		skipped: {
			empty: (n: number) => `${formatInt(n)} without a question or an answer`,
			'note-type': (n: number) => `${formatInt(n)} of a note type other than Basic or Cloze`,
			duplicate: (n: number) => `${formatInt(n)} already in the deck or repeated in the file`
		},
		mediaRemoved: (n: number) =>
			`Sounds and images were removed from ${n === 1 ? '1 note' : `${formatInt(n)} notes`}: Factdeck keeps text only.`,
		extraFields: (n: number) =>
			`${n === 1 ? '1 note has' : `${formatInt(n)} notes have`} more than two fields; only the first two were kept.`,
		problems: {
			empty: 'That file is empty.',
			'too-large': 'That file is too large: up to 200 MB for .apkg, 20 MB for .txt, .tsv and .csv.',
			unsupported: 'Factdeck imports Anki .apkg, .txt and .tsv files and .csv spreadsheets.',
			binary:
				'That file is not UTF-8 text. Save it again as UTF-8 text (CSV UTF-8 in Excel), then try again.',
			'bad-quoting':
				'A quoted field in that file is not closed, so nothing was imported. Check the quotation marks, then try again.',
			'no-notes': 'No cards were found in that file: it needs a question column and an answer column.',
			'malformed-apkg': 'That .apkg file is damaged or not an Anki package, so nothing was imported.'
		}
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

export type Catalogue = typeof en;

function formatInt(n: number): string {
	return new Intl.NumberFormat('en').format(n);
}
