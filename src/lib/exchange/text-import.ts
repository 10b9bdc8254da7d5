import Papa from 'papaparse';
import { ExchangeError } from './errors.ts';
import { fieldToText } from './fields.ts';
import type { Note, ParsedNotes } from './notes.ts';

const SEPARATORS: Record<string, string> = {
	comma: ',',
	semicolon: ';',
	tab: '\t',
	space: ' ',
	pipe: '|',
	colon: ':'
};

const FRONT = /^(front|question|prompt|text)$/i;
const BACK = /^(back|answer|back extra|extra)$/i;
const NAMES = /^(front|question|prompt|text|back|answer|back extra|extra|tags?|deck|note ?type|type)$/i;

/** Anki's `#key:value` lines at the top of the file, and the rest. */
function splitHeaders(text: string): { headers: Map<string, string>; body: string } {
	const headers = new Map<string, string>();
	const lines = text.split(/\r?\n/);
	let i = 0;
	for (; i < lines.length; i++) {
		const match = /^#([a-z ]+):(.*)$/i.exec(lines[i] ?? '');
		if (!match) break;
		headers.set((match[1] as string).trim().toLowerCase(), (match[2] as string).trim());
	}
	return { headers, body: lines.slice(i).join('\n') };
}

function separatorOf(headers: Map<string, string>, kind: 'tsv' | 'csv'): string {
	const named = headers.get('separator');
	if (named) return SEPARATORS[named.toLowerCase()] ?? named;
	// A .txt or .tsv without headers is tab-separated as Anki writes it; a .csv is guessed (comma or semicolon).
	return kind === 'tsv' ? '\t' : '';
}

function column(headers: Map<string, string>, key: string): number | undefined {
	const value = Number(headers.get(key));
	return Number.isInteger(value) && value > 0 ? value - 1 : undefined;
}

interface Layout {
	front: number;
	back: number;
	notetype?: number;
	deck?: number;
}

/** Which column holds what: from Anki's headers, from a header row of names, or the first two columns. */
function layoutOf(headers: Map<string, string>, names: string[] | undefined, width: number): Layout {
	const named = (re: RegExp) => {
		const index = names?.findIndex((name) => re.test(name.trim())) ?? -1;
		return index >= 0 ? index : undefined;
	};
	const special = {
		notetype: column(headers, 'notetype column') ?? named(/^note ?type$/i),
		deck: column(headers, 'deck column') ?? named(/^deck$/i),
		tags: column(headers, 'tags column') ?? named(/^tags?$/i),
		guid: column(headers, 'guid column')
	};
	const taken = new Set(Object.values(special).filter((i) => i !== undefined));
	const regular = Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i));
	const front = named(FRONT) ?? regular[0] ?? 0;
	const back = named(BACK) ?? regular.find((i) => i !== front) ?? 1;
	return { front, back, notetype: special.notetype, deck: special.deck };
}

/**
 * Reads a tab- or comma-separated file of notes, with or without Anki's file headers and a header row.
 * Broken quoting refuses the whole file, so nothing is half imported.
 */
export function parseTable(text: string, kind: 'tsv' | 'csv'): ParsedNotes {
	const { headers, body } = splitHeaders(text.replace(/^\uFEFF/, ''));
	const result = Papa.parse<string[]>(body, {
		delimiter: separatorOf(headers, kind),
		comments: '#',
		skipEmptyLines: 'greedy'
	});
	const broken = result.errors.find((error) => error.type === 'Quotes');
	if (broken) throw new ExchangeError('bad-quoting', `row ${(broken.row ?? 0) + 1}: ${broken.message}`);

	let rows = result.data;
	const delimiter = result.meta.delimiter;
	let names = headers.get('columns')?.split(delimiter);
	const first = rows[0];
	if (
		!names &&
		first?.every((cell) => NAMES.test(cell.trim())) &&
		first.some((cell) => FRONT.test(cell.trim()))
	) {
		names = first;
		rows = rows.slice(1);
	}
	const width = Math.max(0, ...rows.map((row) => row.length));
	if (!rows.length || width < 2) throw new ExchangeError('no-notes');
	const layout = layoutOf(headers, names, width);
	const html = headers.get('html')?.toLowerCase() === 'true';

	const parsed: ParsedNotes = { notes: [], skipped: {}, mediaRemoved: 0, extraFields: 0 };
	const deckName = headers.get('deck') ?? (layout.deck === undefined ? undefined : rows[0]?.[layout.deck]);
	if (deckName?.trim()) parsed.deckName = deckName.trim();
	for (const row of rows) {
		const [front, back] = [row[layout.front] ?? '', row[layout.back] ?? ''].map((field) => {
			if (!html) return { text: field.trim(), media: false };
			return fieldToText(field);
		}) as [{ text: string; media: boolean }, { text: string; media: boolean }];
		if (front.media || back.media) parsed.mediaRemoved++;
		const notetype = layout.notetype === undefined ? '' : (row[layout.notetype] ?? '');
		const cloze = /cloze/i.test(notetype) || (!notetype && /\{\{c\d+::/.test(front.text));
		const note: Note = { kind: cloze ? 'cloze' : 'basic', front: front.text, back: back.text };
		parsed.notes.push(note);
	}
	return parsed;
}
