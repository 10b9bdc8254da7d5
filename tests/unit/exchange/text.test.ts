import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../../src/lib/deck/model.ts';
import {
	ExchangeError,
	notesToCards,
	parseTable,
	toAnkiText,
	toCsv
} from '../../../src/lib/exchange/index.ts';

const cards: CardContent[] = [
	{
		id: 'a',
		type: 'qa',
		prompt: 'Where does the Niger rise?',
		answer: 'Guinea',
		evidence: 'The Niger rises in Guinea.'
	},
	{
		id: 'b',
		type: 'cloze',
		prompt: 'The Niger rises in _____.',
		answer: 'Guinea',
		evidence: 'The Niger rises in Guinea.'
	},
	{
		id: 'c',
		type: 'mcq',
		prompt: 'Which river flows through Niamey?',
		answer: 'Niger',
		choices: ['Nile', 'Niger', 'Congo', 'Volta'],
		evidence: ''
	},
	{
		id: 'd',
		type: 'short',
		prompt: 'A "quoted"\tanswer, with a tab?',
		answer: 'Line one\nline two',
		evidence: ''
	}
];

function problemOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ExchangeError) return error.problem;
		throw error;
	}
	return 'accepted';
}

describe('Anki text export', () => {
	it('writes Anki’s headers and one note a row, Cloze notes in {{c1::…}} syntax', () => {
		const text = toAnkiText('Rivers', cards);
		const lines = text.split('\n');
		expect(lines.slice(0, 7)).toEqual([
			'#separator:tab',
			'#html:false',
			'#tags:factdeck',
			'#notetype column:1',
			'#deck column:2',
			'#tags column:5',
			'#columns:Note type\tDeck\tFront\tBack\tTags'
		]);
		expect(lines[7]).toBe('Basic\tRivers\tWhere does the Niger rise?\tGuinea\tfactdeck::qa');
		expect(lines[8]).toBe('Cloze\tRivers\tThe Niger rises in {{c1::Guinea}}.\t\tfactdeck::cloze');
		expect(text).toContain('"Which river flows through Niamey?\nA. Nile\nB. Niger\nC. Congo\nD. Volta"');
		expect(text).toContain('"A ""quoted""\tanswer, with a tab?"\t"Line one\nline two"');
	});

	it('reads back what it wrote: same questions, answers and cloze blanks', () => {
		const parsed = parseTable(toAnkiText('Rivers', cards), 'tsv');
		expect(parsed.deckName).toBe('Rivers');
		const { cards: back } = notesToCards(parsed, 'deck');
		expect(back.map(({ type, prompt, answer }) => ({ type, prompt, answer }))).toEqual([
			{ type: 'qa', prompt: 'Where does the Niger rise?', answer: 'Guinea' },
			{ type: 'cloze', prompt: 'The Niger rises in _____.', answer: 'Guinea' },
			{
				type: 'qa',
				prompt: 'Which river flows through Niamey?\nA. Nile\nB. Niger\nC. Congo\nD. Volta',
				answer: 'Niger'
			},
			{ type: 'qa', prompt: 'A "quoted"\tanswer, with a tab?', answer: 'Line one\nline two' }
		]);
		expect(back[1]?.evidence).toBe('The Niger rises in Guinea.');
	});
});

describe('CSV export', () => {
	it('writes a header row, a byte order mark and the blank of fill-in cards', () => {
		const csv = toCsv(cards.slice(0, 2));
		expect(csv).toBe(
			'\uFEFFFront,Back,Tags\r\nWhere does the Niger rise?,Guinea,factdeck::qa\r\nThe Niger rises in _____.,Guinea,factdeck::cloze\r\n'
		);
		const { cards: back } = notesToCards(parseTable(csv, 'csv'), 'deck');
		expect(back.map((card) => [card.prompt, card.answer])).toEqual([
			['Where does the Niger rise?', 'Guinea'],
			['The Niger rises in _____.', 'Guinea']
		]);
	});
});

describe('formulas in exported cells (a deck CSV wrote =HYPERLINK(…) live)', () => {
	const formulas: CardContent[] = [
		'=HYPERLINK("http://x","y")',
		"+cmd|' /C calc'!A0",
		'@SUM(A1:A9)',
		'-40 °C'
	].map((prompt, i) => ({ id: `f${i}`, type: 'qa', prompt, answer: prompt, evidence: '' }));

	it('CSV for spreadsheets: every cell that starts like a formula is text, with a leading apostrophe', () => {
		const rows = parseTable(toCsv(formulas), 'csv').notes;
		for (const [i, note] of rows.entries()) {
			expect(note.front).toBe(`'${formulas[i]!.prompt}`);
			expect(note.back).toBe(`'${formulas[i]!.answer}`);
		}
	});

	it('Anki text files keep the text as it is, so "-40 °C" stays a temperature', () => {
		const rows = parseTable(toAnkiText('Formulas', formulas), 'tsv').notes;
		expect(rows.map((note) => note.back)).toEqual(formulas.map((card) => card.answer));
	});
});

describe('a card with a context line', () => {
	it('exports the context on the first line of the front, for Anki and for spreadsheets', () => {
		const card = { ...cards[1]!, context: 'The Niger is a river of West Africa.' };
		const anki = parseTable(toAnkiText('Rivers', [card]), 'tsv');
		const csv = parseTable(toCsv([card]), 'csv');
		expect(anki.notes[0]?.front).toBe(
			'The Niger is a river of West Africa.\nThe Niger rises in {{c1::Guinea}}.'
		);
		expect(csv.notes[0]?.front).toBe('The Niger is a river of West Africa.\nThe Niger rises in _____.');
	});
});

describe('table import', () => {
	it('reads a spreadsheet without headers, comma or semicolon separated', () => {
		for (const text of [
			'Capital of Niger?,Niamey\nCapital of Mali?,Bamako\n',
			'Capital of Niger?;Niamey\nCapital of Mali?;Bamako'
		]) {
			expect(parseTable(text, 'csv').notes).toEqual([
				{ kind: 'basic', front: 'Capital of Niger?', back: 'Niamey' },
				{ kind: 'basic', front: 'Capital of Mali?', back: 'Bamako' }
			]);
		}
	});

	it('finds Front and Back by a header row in any order, tags optional', () => {
		const parsed = parseTable('Tags,Answer,Question\ngeo,Niamey,Capital of Niger?\n', 'csv');
		expect(parsed.notes).toEqual([{ kind: 'basic', front: 'Capital of Niger?', back: 'Niamey' }]);
	});

	it('reads Anki’s own “Notes in Plain Text” export: HTML fields, tags column, media left out', () => {
		const text =
			'#separator:tab\n#html:true\n#tags column:3\n<b>Capital</b> of Niger?<br>[sound:niamey.mp3]\tNiamey<div>on the river</div>\tgeo\n';
		const parsed = parseTable(text, 'tsv');
		expect(parsed.notes).toEqual([
			{ kind: 'basic', front: 'Capital of Niger?', back: 'Niamey\non the river' }
		]);
		expect(parsed.mediaRemoved).toBe(1);
	});

	it('makes one cloze card per deletion number, hints kept beside the blank', () => {
		const parsed = parseTable('{{c1::Niamey}} is on the {{c2::Niger::river}}.\t\n', 'tsv');
		const { cards: made } = notesToCards(parsed, 'deck');
		expect(made.map(({ prompt, answer, evidence }) => ({ prompt, answer, evidence }))).toEqual([
			{ prompt: '_____ is on the Niger.', answer: 'Niamey', evidence: 'Niamey is on the Niger.' },
			{ prompt: 'Niamey is on the _____ (river).', answer: 'Niger', evidence: 'Niamey is on the Niger.' }
		]);
	});

	it('skips rows without an answer and repeated rows, and reports them', () => {
		const parsed = parseTable('a?,1\nb?,\na?,1\n', 'csv');
		const result = notesToCards(parsed, 'deck');
		expect(result.cards.map((card) => card.prompt)).toEqual(['a?']);
		expect(result.skipped).toEqual({ empty: 1, duplicate: 1 });
	});

	it('refuses broken quoting, a single column and an empty file', () => {
		expect(problemOf(() => parseTable('front,back\n"unclosed,quote\nnext,row\n', 'csv'))).toBe('bad-quoting');
		expect(problemOf(() => parseTable('just one column\nand another line\n', 'tsv'))).toBe('no-notes');
		expect(problemOf(() => parseTable('', 'csv'))).toBe('no-notes');
	});
});
