/** "Regenerate cards": a deck's cards made again from its article by the current generator, progress kept. */
import { canRegenerate } from '../deck/outdated.ts';
import { regenerate, regeneratedDeck, type Regeneration } from '../deck/regenerate.ts';
import type { Card, Deck, GeneratedDeck } from '../deck/model.ts';
import { NotFoundError, readDeckState, rewriteDeck, type DeckState } from '../db/index.ts';
import { generateInWorker } from '../generate/client.ts';
import { normalizeAnswer } from '../generate/match.ts';
import { DEFAULT_DECK_ID } from './default-deck.ts';

/** What confirming would do, in numbers, and the studied cards it would retire. */
export interface RegenerationSummary {
	/** Cards made again, with their progress (`updated` of them with new wording, options or type). */
	kept: number;
	updated: number;
	added: number;
	retired: number;
	removed: number;
	/** The person's own and edited cards, kept as they are. */
	own: number;
	/** The prompts of the cards that would be retired (kept, suspended). */
	retiredPrompts: string[];
}

export interface RegenerationPlan {
	deckId: string;
	generated: GeneratedDeck;
	summary: RegenerationSummary;
}

/** Undoes one regeneration while the deck and its cards are still exactly as it left them. */
export interface RegenerationUndo {
	before: DeckState;
	after: { deck: Deck; cards: Card[] };
}

/** An undo that can no longer restore the cards without losing what happened since (a review, an edit). */
export class UndoExpiredError extends Error {
	constructor() {
		super('The cards changed since they were regenerated: the undo would lose that.');
		this.name = 'UndoExpiredError';
	}
}

function reconcile(state: DeckState, generated: Pick<GeneratedDeck, 'cards'>, now: number): Regeneration {
	return regenerate({
		deckId: state.deck.id,
		stored: state.cards,
		reviewed: state.reviewed,
		fresh: generated.cards,
		normalize: normalizeAnswer,
		now
	});
}

function summarize(r: Regeneration): RegenerationSummary {
	return {
		kept: r.unchanged.length + r.updated.length,
		updated: r.updated.length,
		added: r.added.length,
		retired: r.retired.length,
		removed: r.removed.length,
		own: r.own.length,
		retiredPrompts: r.retired.map((card) => card.prompt)
	};
}

/** Makes the deck's cards again in a Web Worker and works out what would change; nothing is written. */
export async function planRegeneration(
	deckId: string,
	now: number,
	onProgress?: (fraction: number) => void
): Promise<RegenerationPlan> {
	const before = await readDeckState(deckId);
	if (!before) throw new NotFoundError(`No deck ${deckId}.`);
	if (!canRegenerate(before.deck)) throw new Error(`Deck ${deckId} has no article to regenerate from.`);
	const generated = await generateInWorker(before.deck.text, deckId, onProgress);
	// Read again: a review may have been stored while the generator ran.
	const state = (await readDeckState(deckId)) ?? before;
	return { deckId, generated, summary: summarize(reconcile(state, generated, now)) };
}

const byId = (a: Card, b: Card) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Stores the regenerated cards in one transaction, reconciled with the cards as they are then (a review stored since
 * the plan keeps its progress too). Resolves with the deck as it now is, its cards in id order, and how to undo.
 */
export async function applyRegeneration(
	plan: RegenerationPlan,
	now: number
): Promise<{ deck: Deck; cards: Card[]; undo: RegenerationUndo }> {
	let after: { deck: Deck; cards: Card[] } | undefined;
	const before = await rewriteDeck(plan.deckId, (state) => {
		const { cards } = reconcile(state, plan.generated, now);
		after = { deck: regeneratedDeck(state.deck, plan.generated, now), cards: cards.sort(byId) };
		return after;
	});
	if (!before || !after) throw new NotFoundError(`No deck ${plan.deckId}.`);
	return { ...after, undo: { before, after } };
}

/** The stored fields that any later change touches: a review, an edit, a suspension, a quiz's priority, a rename. */
const fingerprint = (record: Card | Deck) =>
	JSON.stringify([
		record.id,
		record.updatedAt,
		...('srs' in record ? [record.suspended, record.priority, record.srs.reps, record.srs.lastReview] : [])
	]);

const sameRecords = (a: readonly (Card | Deck)[], b: readonly (Card | Deck)[]) => {
	const expected = new Set(b.map(fingerprint));
	return a.length === b.length && a.every((record) => expected.has(fingerprint(record)));
};

/**
 * Puts the deck and its cards back exactly as before the regeneration, in one transaction. Refused (UndoExpiredError)
 * once anything changed since, so an undo never loses a review or an edit.
 */
export async function undoRegeneration(undo: RegenerationUndo): Promise<{ deck: Deck; cards: Card[] }> {
	const { before, after } = undo;
	const restored = await rewriteDeck(before.deck.id, (state) =>
		sameRecords([state.deck, ...state.cards], [after.deck, ...after.cards]) ? before : null
	);
	if (!restored) throw new UndoExpiredError();
	return { deck: before.deck, cards: before.cards };
}

/**
 * After an app update whose generator is newer: the stored default deck regenerated from this build's copy, progress
 * and the person's own cards kept, without asking. A default deck the person deleted stays deleted.
 */
export async function refreshDefaultDeck(
	load: () => Promise<GeneratedDeck & { text: string }>,
	now: number
): Promise<boolean> {
	const bundled = await load();
	const before = await rewriteDeck(DEFAULT_DECK_ID, (state) =>
		(state.deck.generatorVersion ?? 0) >= bundled.generatorVersion
			? null
			: {
					deck: { ...regeneratedDeck(state.deck, bundled, now), text: bundled.text },
					cards: reconcile(state, bundled, now).cards
				}
	);
	return before !== null;
}
