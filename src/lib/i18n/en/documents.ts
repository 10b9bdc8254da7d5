/**
 * Strings for reading articles from files, pages and shares, and for the optional offline parts. Kept out of the
 * shared catalogue so the first load does not carry them: only New deck, the deck page and Settings import them.
 */
export const documents = {
	newDeck: {
		reading: (name: string) => `Reading ${name}…`,
		source: (source: string) => `From ${source}`,
		sharedLink: 'Shared link',
		sharedLinkNote:
			'Factdeck cannot open pages from other sites. Open the link, copy the article’s text and paste it below, or save the page (or a PDF of it) and open that file here.',
		problems: {
			empty: 'The text is empty. Paste an article or open a file.',
			url: 'That is a link, not the article: Factdeck needs the article’s text, and cannot fetch pages. Open the article, copy its text and paste it here.',
			'too-large': 'That is more than 2 MB of text. Paste a shorter article, or split it into parts.',
			'too-large-file':
				'That file is larger than 20 MB. Open a smaller file, or copy the article’s text and paste it here.',
			binary: 'That file is not text. Open a .txt, .md, .html, .pdf or .docx file.',
			unsupported:
				'Factdeck reads .txt, .md, .html, .pdf and .docx files. Save other documents (such as .doc, .odt or .pptx) as PDF or .docx, or copy their text and paste it here.',
			'not-pdf': 'That file is named .pdf but is not a PDF. Nothing was changed.',
			'not-docx': 'That file is named .docx but is not a Word document. Nothing was changed.',
			'old-word':
				'That Word file is protected with a password or saved in the old .doc format. Save it as .docx without a password, or as PDF, and open it again.',
			'corrupt-pdf': 'That PDF is damaged and cannot be read. Nothing was changed.',
			'corrupt-docx': 'That Word file is damaged and cannot be read. Nothing was changed.',
			'encrypted-pdf':
				'That PDF is protected with a password. Save a copy without the password, or copy its text and paste it here.',
			'scanned-pdf':
				'That PDF has no text, only pictures of pages (a scan). Factdeck cannot read text in pictures: open a PDF with selectable text, or type or paste the text here.',
			'unpacked-too-large':
				'That Word file unpacks to more than 50 MB. Open a smaller file. Nothing was changed.',
			'offline-format':
				'Reading this kind of file needs a part of Factdeck that is not on this device yet. Connect to the internet and try again; to read it offline later, choose “Make every feature available offline” in Settings.',
			'no-sentences': 'No sentences were found in this text. Paste an article written in full sentences.',
			noCards: 'No cards could be made from this text. Try a longer article with names, places and dates.',
			failed: 'Cards could not be made from this text. Nothing was saved. Please try again.'
		}
	},
	settings: {
		offline: 'Offline',
		offlineIntro:
			'Factdeck works offline once opened. Some features need parts that are downloaded the first time they are used, or all at once here. The readers for PDF, Word and web page files are the largest.',
		offlineAll: 'Make every feature available offline',
		offlineAllSize: (size: string) => `${size} to download in all.`,
		offlineAllDone: 'Every feature is available offline.',
		offlineStoring: 'Downloading…',
		offlineFailed: 'The download failed: connect to the internet and try again.',
		partNames: {
			generator: 'Making cards from an article',
			markdown: 'Reading Markdown files',
			charts: 'Statistics charts',
			'qr-code': 'QR codes for shared quizzes',
			'qr-scan': 'Scanning result codes',
			exchange: 'Anki and spreadsheet import and export',
			pdf: 'Reading PDF files',
			docx: 'Reading Word files',
			'web-page': 'Reading saved web pages'
		} as Record<string, string>,
		partStored: 'available offline',
		partMissing: (size: string) => `${size} to download`
	}
};
