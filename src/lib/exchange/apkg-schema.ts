/** Anki's legacy collection (schema 11), the layout every Anki version imports. */
export const COLLECTION_SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Fixed ids, so decks exported again reuse the same note types in Anki. */
export const BASIC_MODEL_ID = 1_731_000_000_001;
export const CLOZE_MODEL_ID = 1_731_000_000_002;
const OPTIONS_ID = 1;

function field(name: string, ord: number) {
	return { name, ord, font: 'Arial', media: [], rtl: false, size: 20, sticky: false };
}

function model(
	id: number,
	name: string,
	type: 0 | 1,
	fields: string[],
	qfmt: string,
	afmt: string,
	deckId: number
) {
	return {
		id: String(id),
		name,
		type,
		did: deckId,
		mod: 0,
		usn: -1,
		sortf: 0,
		tags: [],
		vers: [],
		css: '.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }\n.cloze { font-weight: bold; color: blue; }',
		latexPre:
			'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		flds: fields.map(field),
		tmpls: [{ name: type === 1 ? 'Cloze' : 'Card 1', ord: 0, qfmt, afmt, bqfmt: '', bafmt: '', did: null }],
		req: [[0, 'all', [0]]]
	};
}

export function modelsJson(deckId: number): string {
	return JSON.stringify({
		[BASIC_MODEL_ID]: model(
			BASIC_MODEL_ID,
			'Factdeck Basic',
			0,
			['Front', 'Back'],
			'{{Front}}',
			'{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}',
			deckId
		),
		[CLOZE_MODEL_ID]: model(
			CLOZE_MODEL_ID,
			'Factdeck Cloze',
			1,
			['Text', 'Back Extra'],
			'{{cloze:Text}}',
			'{{cloze:Text}}<br>\n{{Back Extra}}',
			deckId
		)
	});
}

function deck(id: number, name: string, mod: number) {
	return {
		id,
		name,
		mod,
		usn: -1,
		desc: '',
		dyn: 0,
		conf: OPTIONS_ID,
		collapsed: false,
		extendNew: 10,
		extendRev: 50,
		newToday: [0, 0],
		revToday: [0, 0],
		lrnToday: [0, 0],
		timeToday: [0, 0]
	};
}

export function decksJson(deckId: number, name: string, mod: number): string {
	return JSON.stringify({ 1: deck(1, 'Default', mod), [deckId]: deck(deckId, name, mod) });
}

export const DCONF_JSON = JSON.stringify({
	[OPTIONS_ID]: {
		id: OPTIONS_ID,
		name: 'Default',
		mod: 0,
		usn: 0,
		maxTaken: 60,
		autoplay: true,
		timer: 0,
		replayq: true,
		dyn: false,
		new: {
			bury: true,
			delays: [1, 10],
			initialFactor: 2500,
			ints: [1, 4, 7],
			order: 1,
			perDay: 20,
			separate: true
		},
		lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
		rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 }
	}
});

export function confJson(deckId: number): string {
	return JSON.stringify({
		activeDecks: [deckId],
		curDeck: deckId,
		curModel: String(BASIC_MODEL_ID),
		newSpread: 0,
		collapseTime: 1200,
		timeLim: 0,
		estTimes: true,
		dueCounts: true,
		sortType: 'noteFld',
		sortBackwards: false,
		nextPos: 1,
		addToCur: true
	});
}
