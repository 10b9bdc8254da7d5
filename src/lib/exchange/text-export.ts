import Papa from 'papaparse';
import type { CardContent } from '../deck/model.ts';
import { cardToNote } from './notes.ts';

const NOTE_TYPES = { basic: 'Basic', cloze: 'Cloze' } as const;
export const FACTDECK_TAG = 'factdeck';

function tagsOf(card: CardContent): string {
	return `${FACTDECK_TAG}::${card.type}`;
}

/**
 * A deck as a text file Anki imports (2.1.55+ headers): tab-separated UTF-8, plain text, each note's type and
 * deck in its own column, so Basic and Cloze notes land in Anki's stock note types of those names.
 */
export function toAnkiText(deckTitle: string, cards: CardContent[]): string {
	const rows = cards.map((card) => {
		const note = cardToNote(card);
		return [NOTE_TYPES[note.kind], deckTitle, note.front, note.back, tagsOf(card)];
	});
	const headers = [
		'#separator:tab',
		'#html:false',
		`#tags:${FACTDECK_TAG}`,
		'#notetype column:1',
		'#deck column:2',
		'#tags column:5',
		'#columns:Note type\tDeck\tFront\tBack\tTags'
	];
	return `${headers.join('\n')}\n${Papa.unparse(rows, { delimiter: '\t', newline: '\n' })}\n`;
}

/**
 * A deck as CSV for spreadsheets: a header row, one card a row, the blank of fill-in cards left as it is. A cell that
 * starts like a formula (=, +, -, @, tab) gets a leading ' so spreadsheets show it as text and never run it; Anki
 * text files keep such text as it is ("-40 °C").
 */
export function toCsv(cards: CardContent[]): string {
	const rows = cards.map((card) => {
		const note = cardToNote({ ...card, type: card.type === 'cloze' ? 'qa' : card.type });
		return [note.front, note.back, tagsOf(card)];
	});
	// The byte order mark tells spreadsheet programs the file is UTF-8.
	return `\uFEFF${Papa.unparse(
		{ fields: ['Front', 'Back', 'Tags'], data: rows },
		{
			newline: '\r\n',
			escapeFormulae: true
		}
	)}\r\n`;
}
