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
		cards: (n: number) => count(n, 'card', 'cards'),
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
		count: (n: number) => count(n, 'card', 'cards'),
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
	quiz: {
		take: 'Take quiz',
		share: 'Share quiz',
		pageTitle: (title: string) => `Quiz: ${title} — Factdeck`,
		setupHeading: 'Quiz setup',
		count: 'Number of questions',
		kinds: 'Question types',
		kindNames: { mcq: 'Multiple choice', truefalse: 'True or false', short: 'Short answer' },
		feedback: 'Show answers',
		feedbackEach: 'After each question',
		feedbackEnd: 'At the end',
		fewer: (available: number, asked: number) =>
			`This deck has ${count(available, 'suitable question', 'suitable questions')} for these types, not ${formatInt(asked)}: the quiz will have ${formatInt(available)}.`,
		none: 'This deck has no questions of these types. Choose other types.',
		start: 'Start quiz',
		progress: (n: number, total: number) => `${formatInt(n)} / ${formatInt(total)}`,
		progressLabel: (n: number, total: number) => `Question ${formatInt(n)} of ${formatInt(total)}`,
		choices: 'Choices',
		yourAnswer: 'Your answer',
		confirm: 'Confirm',
		next: 'Next',
		finish: 'See results',
		keys: 'Keys: 1–4 or A–D to choose, Enter to confirm.',
		correct: 'Correct.',
		wrong: 'Not quite.',
		rightAnswerIs: (answer: string) => `The answer is: ${answer}`,
		resultsHeading: 'Results',
		score: (score: number, total: number) => `${formatInt(score)} of ${formatInt(total)} correct`,
		time: (duration: string) => `Time: ${duration}`,
		given: 'Your answer',
		noAnswer: '(no answer)',
		right: 'Right answer',
		evidence: 'From the article',
		markRight: 'Correct',
		markWrong: 'Wrong',
		retry: 'Retry mistakes',
		studyThese: 'Study these',
		studyQueued: (n: number) => `${count(n, 'card comes', 'cards come')} first in your next study session.`,
		again: 'New quiz',
		backToDeck: 'Back to the deck',
		history: 'Quiz history',
		noHistory: 'No quizzes taken yet.',
		attempt: (date: string, score: number, total: number) =>
			`${date}: ${formatInt(score)} of ${formatInt(total)}`,
		saveFailed: 'This attempt could not be saved on this device.'
	},
	quizResume: {
		heading: 'Unfinished quiz',
		summary: (answered: number, total: number, date: string) =>
			`You answered ${formatInt(answered)} of ${count(total, 'question', 'questions')} in the quiz you started on ${date}.`,
		resume: 'Resume quiz',
		startAnew: 'Start a new quiz'
	},
	share: {
		pageTitle: (title: string) => `Share: ${title} — Factdeck`,
		heading: 'Share a quiz with a class',
		intro:
			'Pick the questions, then send the link. Students need no account; the quiz works in any browser, even offline once Factdeck was opened.',
		questions: 'Questions',
		selected: (n: number) => `${formatInt(n)} selected`,
		pickAgain: 'Pick 10 others',
		include: (n: number) => `Include question ${formatInt(n)}`,
		makeLink: 'Make the link',
		minOne: 'Select at least one question.',
		warning:
			'The link contains the questions and the answers: anyone who looks inside it can find them. Students’ result codes contain the names they type.',
		linkLabel: 'Quiz link',
		copy: 'Copy link',
		copied: 'Copied.',
		copyFailed: 'Copy did not work: select the link and copy it.',
		shareSheet: 'Share…',
		showQr: 'Show QR',
		closeQr: 'Close',
		qrLabel: 'QR code of the quiz link',
		qrUnavailable: 'The QR code cannot be shown offline until it was shown once online.',
		length: (chars: number, version: number) =>
			`${formatInt(chars)} characters; QR code version ${formatInt(version)}.`,
		print: 'Print',
		answerKey: 'Answer key',
		name: 'Name:',
		classResults: 'Class results',
		sharedBefore: 'Shared before'
	},
	play: {
		pageTitle: 'Quiz — Factdeck',
		loading: 'Opening the quiz…',
		noQuiz: 'This page opens a quiz from a link your teacher sends.',
		bad: 'This quiz link is incomplete — ask your teacher to send it again.',
		newer:
			'This quiz was made with a newer version of Factdeck. Reload the page to update, then open the link again.',
		by: (attribution: string) => `Source: ${attribution}`,
		questions: (n: number) => count(n, 'question', 'questions'),
		name: 'Your name (optional)',
		nameHint: 'Your teacher sees it in your result code.',
		start: 'Start',
		resultHeading: 'Your result code',
		resultHow: 'Send this code (or the link, or let your teacher scan the QR code) to your teacher.',
		codeLabel: 'Result code',
		copyCode: 'Copy code',
		copyLink: 'Copy result link',
		linkLabel: 'Result link',
		qrLabel: 'QR code of your result',
		saved: 'This quiz is saved in your library, so you can take it again offline.',
		retake: 'Take it again'
	},
	results: {
		pageTitle: (title: string) => `Class results: ${title} — Factdeck`,
		heading: 'Class results',
		notFound: 'This quiz is not on this device. Class results are kept where the quiz was shared.',
		paste: 'Result codes',
		pasteHint: 'Paste one or more codes or result links, one per line.',
		add: 'Add',
		scan: 'Scan a code',
		stopScan: 'Stop scanning',
		cameraLabel: 'Camera',
		noCamera: 'The camera is not available here: paste the codes instead.',
		added: (name: string) => `Added ${name}.`,
		anonymous: '(no name)',
		duplicate: (name: string) => `${name} is already counted: not counted twice.`,
		otherQuiz: 'That code is for another quiz.',
		bad: 'That code is incomplete — ask the student to send it again.',
		students: 'Students',
		student: 'Student',
		score: 'Score',
		noStudents: 'No results yet.',
		perQuestion: 'Questions',
		question: 'Question',
		correctShare: 'Correct',
		percent: (rate: number) =>
			new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(rate),
		mostMissed: 'Most missed',
		missedBy: (n: number) => `Missed by ${formatInt(n)}`,
		remove: (name: string) => `Remove ${name}`,
		csv: 'Export CSV',
		back: 'Back to sharing'
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
	study: {
		action: 'Study',
		studyAll: 'Study all',
		pageTitle: (title: string) => `Study: ${title} — Factdeck`,
		heading: (title: string) => `Study: ${title}`,
		allDecks: 'All decks',
		counts: 'Cards to study',
		newCount: 'New',
		learningCount: 'Learning',
		reviewCount: 'Due',
		newCountOf: (n: number) => `${formatInt(n)} new`,
		learningCountOf: (n: number) => `${formatInt(n)} learning`,
		reviewCountOf: (n: number) => `${formatInt(n)} due`,
		countsLine: (n: number, l: number, r: number) =>
			`${formatInt(n)} new · ${formatInt(l)} learning · ${formatInt(r)} due`,
		showAnswer: 'Show answer',
		blank: 'blank',
		choicesLabel: 'Choose an answer',
		choiceKey: (key: string) => `${key}:`,
		yourAnswer: 'Your answer',
		check: 'Check',
		answer: 'Answer',
		evidence: 'From the article',
		showInArticle: 'Show in the article',
		right: 'Right.',
		wrong: (answer: string) => `Not quite. The answer is: ${answer}.`,
		picked: 'your pick',
		correctMark: 'right answer',
		wrongMark: 'wrong',
		rate: 'How well did you remember?',
		ratings: { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as Record<1 | 2 | 3 | 4, string>,
		ratingName: (label: string, interval: string) => `${label}, next in ${interval}`,
		swipeHint: 'Swipe left for Again, right for Good.',
		keysHint: 'Keys: Space shows the answer, 1–4 rate, Ctrl+Z undoes.',
		undo: 'Undo',
		undone: 'Last rating undone.',
		edit: 'Edit card',
		editShort: 'Edit',
		deleteShort: 'Delete',
		editTitle: 'Edit this card',
		close: 'Close',
		suspend: 'Suspend',
		suspended: 'Card suspended: it will not come up until you unsuspend it.',
		delete: 'Delete card',
		deleteTitle: 'Delete this card?',
		deleteBody: 'The card and its study history will be deleted from this device.',
		deleted: 'Card deleted.',
		stale: 'This card was studied in another tab; its progress there is kept.',
		missing: 'This card was deleted in another tab.',
		doneTitle: 'Done for now',
		nothingTitle: 'Nothing to study now',
		summary: (n: number, minutes: number) =>
			`You studied ${count(n, 'card', 'cards')} in ${minutes < 1 ? 'under a minute' : count(minutes, 'minute', 'minutes')}.`,
		byRating: 'Answers',
		nextDue: (when: string) => `The next card is due ${when}.`,
		noCards: 'There are no cards to study here.',
		toLibrary: 'Library',
		toDeck: 'Back to the deck',
		notFound: 'This deck is not in your library.',
		statistics: 'Statistics',
		stats: {
			pageTitle: (title: string) => `Statistics: ${title} — Factdeck`,
			heading: (title: string) => `Statistics: ${title}`,
			reviews: 'Reviews per day',
			reviewsSummary: (total: number, days: number, busiest: number) =>
				`${count(total, 'review', 'reviews')} in the last ${days} days; at most ${formatInt(busiest)} in a day.`,
			forecast: 'Due in the next 30 days',
			forecastSummary: (total: number, today: number) =>
				`${count(total, 'card falls', 'cards fall')} due in the next 30 days, ${formatInt(today)} of them today.`,
			day: 'Day',
			reviewsCol: 'Reviews',
			againCol: 'Again',
			dueCol: 'Cards due',
			showTable: 'Show as a table',
			counts: 'Cards by state',
			states: {
				new: 'New',
				learning: 'Learning',
				relearning: 'Relearning',
				young: 'Young',
				mature: 'Mature',
				suspended: 'Suspended',
				total: 'Total'
			},
			retention: 'True retention',
			retentionHint:
				'First review of a card each day; Again counts as forgotten. Mature: interval of 21 days or more.',
			period: 'Period',
			periods: {
				today: 'Today',
				yesterday: 'Yesterday',
				week: 'Last week',
				month: 'Last month',
				year: 'Last year',
				all: 'All time'
			},
			young: 'Young',
			mature: 'Mature',
			total: 'Total',
			none: '—',
			pending: '…',
			rate: (rate: string, passed: number, count: number) =>
				`${rate} (${formatInt(passed)}/${formatInt(count)})`,
			empty: 'No reviews yet. Study some cards and come back.',
			loadingChart: 'Loading chart…'
		},
		settings: {
			heading: 'Studying',
			retention: 'Desired retention',
			retentionHint:
				'How likely you are to remember a card when it comes up. Higher means more reviews. Changes apply to future reviews.',
			newPerDay: 'New cards per day',
			reviewsPerDay: 'Maximum reviews per day',
			maxInterval: 'Maximum interval (days)',
			invalid: (min: number, max: number) =>
				`Enter a whole number from ${formatInt(min)} to ${formatInt(max)}.`
		}
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
			decks: (n: number) => count(n, 'deck', 'decks'),
			cards: (n: number) => count(n, 'card', 'cards'),
			reviewLogs: (n: number) => count(n, 'review', 'reviews'),
			quizAttempts: (n: number) => count(n, 'quiz result', 'quiz results')
		} as Record<string, (n: number) => string>,
		otherRecords: (n: number) => count(n, 'other record', 'other records'),
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
			`You have studied ${count(reviews, 'card', 'cards')} since your last backup, and this browser may clear its storage when space runs low. Export a backup to keep your progress safe.`,
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
		imported: (n: number, title: string) => `${count(n, 'card', 'cards')} added to “${title}”.`,
		openDeck: 'Open the deck',
		skippedHeading: 'Left out',
		skipped: {
			empty: (n: number) => `${formatInt(n)} without a question or an answer`,
			'note-type': (n: number) => `${formatInt(n)} of a note type other than Basic or Cloze`,
			duplicate: (n: number) => `${formatInt(n)} already in the deck or repeated in the file`
		},
		mediaRemoved: (n: number) =>
			`Sounds and images were removed from ${count(n, 'note', 'notes')}: Factdeck keeps text only.`,
		extraFields: (n: number) =>
			`${count(n, 'note has', 'notes have')} more than two fields; only the first two were kept.`,
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

const plurals = new Intl.PluralRules('en');

/** "1 card", "2 cards": a number with its noun in the right form. */
function count(n: number, one: string, other: string): string {
	return `${formatInt(n)} ${plurals.select(n) === 'one' ? one : other}`;
}

function formatInt(n: number): string {
	return new Intl.NumberFormat('en').format(n);
}
