import { count, formatInt } from './numbers.ts';

/** Backups, and import and export with Anki and spreadsheets. */
export const data = {
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
			quizAttempts: (n: number) => count(n, 'quiz result', 'quiz results'),
			sharedQuizzes: (n: number) => count(n, 'shared quiz', 'shared quizzes')
		} as Record<string, (n: number) => string>,
		unknownFields: (n: number) =>
			`${count(n, 'field', 'fields')} this version of Factdeck does not know will be left out.`,
		leftOut: (records: string) => `Left out, because their deck or card is not in the backup: ${records}.`,
		stores: {
			decks: 'decks',
			cards: 'cards',
			reviewLogs: 'reviews',
			quizAttempts: 'quiz results',
			settings: 'settings',
			sharedQuizzes: 'shared quizzes'
		} as Record<string, string>,
		fault: (records: string, n: number, field: string) =>
			`The first problem: ${records}, record ${formatInt(n)}${field ? `, field “${field}”` : ''}.`,
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
			duplicate:
				'That backup holds two records with the same id, so nothing was restored: which one to keep is unknown. Try another copy of it.',
			newer:
				'That backup was made by a newer version of Factdeck. Update the app (reload the page), then try again.'
		}
	},
	exchange: {
		title: 'Import and export',
		pageTitle: 'Import and export — Factdeck',
		intro:
			'Move decks between Factdeck, Anki and spreadsheets. Files are read and written on this device only.',
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
			'malformed-apkg': 'That .apkg file is damaged or not an Anki package, so nothing was imported.',
			'unpacked-too-large':
				'That .apkg file unpacks to more than 256 MB of notes, far more than any deck holds, so nothing was imported.'
		}
	}
};
