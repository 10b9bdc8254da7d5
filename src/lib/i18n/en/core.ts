import { count } from './numbers.ts';

/** Decks: new decks, deck pages, cards, settings. */
export const core = {
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
		contextField: 'Context (shown above the question; optional)',
		options: 'Wrong options, for quizzes (optional)',
		option: (n: number) => `Wrong option ${n + 1}`,
		optionsUnusable: 'Give three different wrong options, none of them the answer, or leave all three empty.',
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
		title: 'New deck',
		pageTitle: 'New deck — Factdeck',
		intro:
			'Paste an article, or open a text, Markdown, web page, PDF or Word file. Questions and flashcards are made on this device.',
		textField: 'Article text',
		textHint: 'A first line on its own is the title; without one, the first sentence gives it.',
		notKept:
			'This text is too long to keep on this device if the page closes: save the deck before you leave.',
		openFile: 'Open a file',
		fileHint: '.txt, .md or .html up to 2 MB; .pdf or .docx up to 20 MB',
		make: 'Make cards',
		making: 'Making cards…',
		progress: 'Progress',
		review: 'Review the cards',
		reviewIntro: 'Edit or delete any card, or add your own. Nothing is saved until you save the deck.',
		titleField: 'Deck title',
		save: 'Save deck',
		startOver: 'Start over',
		notEnglish:
			'This text does not look like English. Generation works best for English; here is what could be done.'
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
		framed:
			'Factdeck is open inside another page here, so deleting or replacing your data is turned off. Open Factdeck in a tab of its own to do that.',
		saved: 'Saved.'
	}
};
