/**
 * Regenerating a deck: the cards the generator makes now for the deck's article, reconciled with the stored ones so
 * that no progress and none of the person's work is lost. Pure; the caller gives the comparable form of answers.
 */
import { toCard, withContent } from './cards.ts';
import type { Card, CardContent, Deck, GeneratedDeck } from './model.ts';

export interface RegenerationInput {
	deckId: string;
	/** The deck's cards as stored. */
	stored: readonly Card[];
	/** Ids of stored cards that have review logs. */
	reviewed: ReadonlySet<string>;
	/** The cards the generator makes now. */
	fresh: readonly CardContent[];
	/** The comparable form of an answer ("The  Goïta" and "Goita" compare equal). */
	normalize: (answer: string) => string;
	now: number;
}

/** What regenerating does to each card; `cards` is the deck's card set afterwards. */
export interface Regeneration {
	cards: Card[];
	/** The generator's cards it makes again as they were, progress kept. */
	unchanged: Card[];
	/** The generator's cards it makes again differently (wording, options, type): same id, progress kept. */
	updated: Card[];
	added: Card[];
	/** Studied cards the generator no longer makes: kept, suspended. */
	retired: Card[];
	/** Cards never studied that the generator no longer makes: deleted. */
	removed: Card[];
	/** Cards the person wrote, edited, imported or asked for as "more cards": kept as they are. */
	own: Card[];
}

const sentence = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Pairs each new card with the stored card that asks the same thing, each used once: first the same id (the same
 * card, possibly edited since), then the same evidence sentence and normalised answer, of the same type first.
 */
function pairCards(
	stored: readonly Card[],
	fresh: readonly CardContent[],
	key: (card: CardContent) => string
): Map<CardContent, Card> {
	const pairs = new Map<CardContent, Card>();
	const taken = new Set<Card>();
	const claim = (card: CardContent, old: Card | undefined) => {
		if (!old || taken.has(old)) return;
		pairs.set(card, old);
		taken.add(old);
	};
	const byId = new Map(stored.map((card) => [card.id, card]));
	for (const card of fresh) claim(card, byId.get(card.id));
	const byKey = new Map<string, Card[]>();
	for (const card of stored) {
		if (!sentence(card.evidence)) continue;
		const k = key(card);
		const same = byKey.get(k);
		if (same) same.push(card);
		else byKey.set(k, [card]);
	}
	const freshKeys = fresh.map(key);
	for (const sameType of [true, false]) {
		fresh.forEach((card, i) => {
			if (pairs.has(card)) return;
			const candidates = byKey.get(freshKeys[i] as string) ?? [];
			claim(
				card,
				candidates.find((old) => !taken.has(old) && (!sameType || old.type === card.type))
			);
		});
	}
	return pairs;
}

/** What a card asks and offers, to tell whether regenerating changed it (the sibling key is internal). */
const asked = ({ type, prompt, answer, choices, evidence, kind, options, context }: CardContent) =>
	JSON.stringify([type, prompt, answer, choices, evidence, kind, options, context]);

export function regenerate(input: RegenerationInput): Regeneration {
	const { deckId, stored, reviewed, fresh, normalize, now } = input;
	const key = (card: CardContent) => `${sentence(card.evidence)}\u0000${normalize(card.answer)}`;
	const pairs = pairCards(stored, fresh, key);
	const result: Omit<Regeneration, 'cards'> = {
		unchanged: [],
		updated: [],
		added: [],
		retired: [],
		removed: [],
		own: []
	};
	for (const content of fresh) {
		const old = pairs.get(content);
		if (!old) result.added.push({ ...toCard(content, deckId, now), generated: true });
		// Same id as before, so review logs and quiz history still point at it.
		else if (old.generated) {
			const next = withContent(old, { ...content, id: old.id });
			if (asked(old) === asked(next)) result.unchanged.push(next);
			else result.updated.push({ ...next, updatedAt: now });
		}
		// A card of the person's that asks the same thing stays as it is, and the new card is not added beside it.
	}
	const paired = new Set(pairs.values());
	for (const old of stored) {
		if (!old.generated) result.own.push(old);
		else if (paired.has(old)) continue;
		else if (old.srs.reps > 0 || reviewed.has(old.id))
			result.retired.push({ ...old, suspended: true, updatedAt: now });
		else result.removed.push(old);
	}
	const { unchanged, updated, added, retired, own } = result;
	return { cards: [...unchanged, ...updated, ...added, ...retired, ...own], ...result };
}

/** The deck record after regenerating: the article as the generator read it now, and its version. */
export function regeneratedDeck(deck: Deck, generated: GeneratedDeck, now: number): Deck {
	return { ...deck, blocks: generated.blocks, generatorVersion: generated.generatorVersion, updatedAt: now };
}
