import type { CardContent } from '../deck/model.ts';
import { BLANK } from '../deck/model.ts';
import { stableId } from '../generate/hash.ts';
import { normalizeText } from '../text/normalize.ts';

/** An Anki note as Factdeck reads and writes it: the two fields of Basic, or Cloze's Text and Back Extra. */
export interface Note {
	kind: 'basic' | 'cloze';
	front: string;
	back: string;
}

export type SkipReason = 'empty' | 'note-type' | 'duplicate';

/** What an importer read from a file, and what it left out. */
export interface ParsedNotes {
	notes: Note[];
	deckName?: string;
	skipped: Partial<Record<SkipReason, number>>;
	/** Notes from which sounds or images were removed. */
	mediaRemoved: number;
	/** Notes whose fields after the second were left out. */
	extraFields: number;
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** One card per cloze number: that number's deletions become the blank, the others are shown. */
function clozeCards(text: string): Omit<CardContent, 'id'>[] {
	const numbers = [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
	const evidence = text.replace(CLOZE, (_m, _n, body: string) => body);
	return numbers.map((n) => {
		const answers: string[] = [];
		const prompt = text.replace(CLOZE, (_m, k: string, body: string, hint?: string) => {
			if (Number(k) !== n) return body;
			answers.push(body);
			return hint ? `${BLANK} (${hint})` : BLANK;
		});
		return { type: 'cloze', prompt, answer: answers.join('; '), evidence };
	});
}

/** The cards a note becomes, its text normalised; none when the note has no question or no answer. */
export function noteToCards(note: Note, deckId: string): CardContent[] {
	const [front, back] = [normalizeText(note.front), normalizeText(note.back)];
	const contents: Omit<CardContent, 'id'>[] =
		note.kind === 'cloze' ? clozeCards(front) : [{ type: 'qa', prompt: front, answer: back, evidence: '' }];
	return contents
		.filter((content) => content.prompt.trim() && content.answer.trim())
		.map((content) => ({ ...content, id: stableId(deckId, 'import', content.prompt, content.answer) }));
}

/**
 * Turns a deck's cards into notes: fill-in-the-blank becomes Cloze, the rest Basic (choices on the front). A context
 * line goes first on the front, on a line of its own.
 */
export function cardToNote(card: CardContent): Note {
	const context = card.context ? [card.context] : [];
	if (card.type === 'cloze' && card.prompt.includes(BLANK)) {
		const front = [...context, card.prompt.replace(BLANK, `{{c1::${card.answer}}}`)].join('\n');
		return { kind: 'cloze', front, back: '' };
	}
	const choices =
		card.type === 'mcq' ? (card.choices ?? []).map((c, i) => `${'ABCD'[i] ?? i + 1}. ${c}`) : [];
	return { kind: 'basic', front: [...context, card.prompt, ...choices].join('\n'), back: card.answer };
}

/** Cards for the notes, without repeats (same question and answer) and without cards the deck already has. */
export function notesToCards(
	parsed: ParsedNotes,
	deckId: string,
	existing: ReadonlySet<string> = new Set()
): { cards: CardContent[]; skipped: ParsedNotes['skipped'] } {
	const skipped = { ...parsed.skipped };
	const seen = new Set(existing);
	const cards: CardContent[] = [];
	const skip = (reason: keyof typeof skipped) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
	for (const note of parsed.notes) {
		const made = noteToCards(note, deckId);
		if (!made.length) skip('empty');
		for (const card of made) {
			if (seen.has(card.id)) skip('duplicate');
			else cards.push(card);
			seen.add(card.id);
		}
	}
	return { cards, skipped };
}
