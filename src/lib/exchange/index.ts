/** Decks in and out of Factdeck: Anki text files, CSV for spreadsheets and Anki .apkg packages. */
export { readApkg } from './apkg-read.ts';
export { writeApkg } from './apkg-write.ts';
export { ExchangeError, type ExchangeProblem } from './errors.ts';
export {
	ACCEPTED_EXCHANGE_FILES,
	decodeText,
	exchangeKindOf,
	fileNameFor,
	MAX_APKG_BYTES,
	MAX_TABLE_BYTES,
	readExchangeFile,
	type ExchangeKind
} from './files.ts';
export {
	cardToNote,
	noteToCards,
	notesToCards,
	type Note,
	type ParsedNotes,
	type SkipReason
} from './notes.ts';
export { loadSqlite } from './sqlite.ts';
export { toAnkiText, toCsv } from './text-export.ts';
export { parseTable } from './text-import.ts';
