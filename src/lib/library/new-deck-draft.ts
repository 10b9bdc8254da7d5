/**
 * What a person has put into New deck and not saved yet: the pasted text, then the cards under review with their
 * title and edits. Kept in localStorage until the deck is saved, so that a reload, a crash or a tab the phone
 * discarded loses nothing. Read back through a schema: what is stored may come from an older version.
 */
import * as v from 'valibot';
import type { CardContent } from '../deck/model.ts';
import type { Draft } from './new-deck.service.ts';

const KEY = 'factdeck:new-deck-draft';

export type KeptDraft =
	| { stage: 'text'; text: string }
	/** `text` is what the text box held, so that "Start over" brings it back. */
	| { stage: 'review'; text: string; draft: Draft; title: string; cards: CardContent[] };

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Built when a draft is read, not when the module loads: the library barrel is on the home page, which should not
 * carry valibot. Loose objects: fields a later version adds to cards or articles come back as they were kept.
 */
function draftSchema() {
	const card = v.looseObject({
		id: v.string(),
		prompt: v.string(),
		answer: v.string(),
		evidence: v.string()
	});
	return v.variant('stage', [
		v.object({ stage: v.literal('text'), text: v.string() }),
		v.object({
			stage: v.literal('review'),
			text: v.string(),
			title: v.string(),
			cards: v.array(card),
			draft: v.looseObject({
				id: v.string(),
				text: v.string(),
				english: v.boolean(),
				generated: v.looseObject({
					title: v.string(),
					blocks: v.array(
						v.looseObject({ kind: v.picklist(['paragraph', 'heading']), sentences: v.array(v.string()) })
					),
					cards: v.array(card)
				})
			})
		})
	]);
}

/** The browser's localStorage, or none where it is blocked (some private modes throw on access). */
function localStore(): DraftStorage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The draft kept by an earlier visit, if any and readable. */
export function readKeptDraft(storage = localStore()): KeptDraft | undefined {
	try {
		const raw = storage?.getItem(KEY);
		if (!raw) return undefined;
		const parsed = v.safeParse(draftSchema(), JSON.parse(raw));
		return parsed.success ? (parsed.output as KeptDraft) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Keeps the draft; an empty text box keeps nothing. Returns false when storage refused it (full, or blocked): the
 * draft then lives only as long as the page.
 */
export function keepDraft(kept: KeptDraft, storage = localStore()): boolean {
	if (!storage) return false;
	try {
		if (kept.stage === 'text' && !kept.text.trim()) storage.removeItem(KEY);
		else if (kept.stage === 'text') storage.setItem(KEY, JSON.stringify(kept));
		else {
			// The generated cards are the starting point of `cards`: only the reviewed ones are kept.
			const { draft } = kept;
			const slim = { ...draft, generated: { ...draft.generated, cards: [] } };
			storage.setItem(KEY, JSON.stringify({ ...kept, draft: slim }));
		}
		return true;
	} catch {
		return false;
	}
}

/** Once the deck is saved, the draft is done with. */
export function forgetDraft(storage = localStore()): void {
	try {
		storage?.removeItem(KEY);
	} catch {
		// Blocked storage kept nothing to forget.
	}
}
