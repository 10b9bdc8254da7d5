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
			`This deck has ${formatInt(available)} suitable ${available === 1 ? 'question' : 'questions'} for these types, not ${formatInt(asked)}: the quiz will have ${formatInt(available)}.`,
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
		studyQueued: (n: number) =>
			`${formatInt(n)} ${n === 1 ? 'card comes' : 'cards come'} first in your next study session.`,
		again: 'New quiz',
		backToDeck: 'Back to the deck',
		history: 'Quiz history',
		noHistory: 'No quizzes taken yet.',
		attempt: (date: string, score: number, total: number) =>
			`${date}: ${formatInt(score)} of ${formatInt(total)}`,
		saveFailed: 'This attempt could not be saved on this device.'
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
		questions: (n: number) => `${formatInt(n)} ${n === 1 ? 'question' : 'questions'}`,
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
