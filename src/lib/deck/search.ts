import { CARD_TYPES, type CardContent, type CardType } from './model.ts';

/** Text folded for searching: lower case, accents and other marks dropped ("Lomé" is found as "lome"). */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const folded = new WeakMap<CardContent, string>();

/** Everything a person may search a card by, folded once per card object (cards are replaced whole on edit). */
function haystack(card: CardContent): string {
	let text = folded.get(card);
	if (text === undefined) {
		const parts = [card.prompt, card.answer, card.evidence, card.context ?? '', ...(card.choices ?? [])];
		text = foldText(parts.join('\n'));
		folded.set(card, text);
	}
	return text;
}

/** The cards whose text holds every word of the query, in their order; all of them for an empty query. */
export function searchCards<C extends CardContent>(cards: readonly C[], query: string): readonly C[] {
	const words = foldText(query).split(/\s+/).filter(Boolean);
	if (!words.length) return cards;
	return cards.filter((card) => {
		const text = haystack(card);
		return words.every((word) => text.includes(word));
	});
}

/** A card list as rows to draw one window at a time: a heading row before each type's cards. */
export type CardRow<C extends CardContent> =
	{ kind: 'heading'; key: string; type: CardType; count: number } | { kind: 'card'; key: string; card: C };

export function cardRows<C extends CardContent>(cards: readonly C[]): CardRow<C>[] {
	const byType = new Map<CardType, C[]>(CARD_TYPES.map((type) => [type, []]));
	for (const card of cards) byType.get(card.type)?.push(card);
	const rows: CardRow<C>[] = [];
	for (const [type, group] of byType) {
		if (!group.length) continue;
		rows.push({ kind: 'heading', key: `type:${type}`, type, count: group.length });
		for (const card of group) rows.push({ kind: 'card', key: card.id, card });
	}
	return rows;
}
