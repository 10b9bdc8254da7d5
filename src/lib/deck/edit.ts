/** Checks on a card a person edited, so that what quizzes ask from it stays consistent. */
import { withContent } from './cards.ts';
import type { Card, CardContent } from './model.ts';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Options as the editor left them: trimmed, empty ones dropped. */
export function filledOptions(options: readonly string[] | undefined): string[] {
	return (options ?? []).map((o) => o.trim()).filter(Boolean);
}

/**
 * Whether a card's wrong options can be used: none at all, or three or more that differ from each other and from
 * the answer. Editing the answer re-checks them, so an answer changed into one of its options is caught.
 */
export function optionsProblem(card: CardContent): 'none' | 'unusable' {
	if (card.type === 'mcq' || card.type === 'truefalse') return 'none';
	const options = filledOptions(card.options);
	if (!options.length) return 'none';
	const distinct = options.every((o, i) => options.findIndex((p) => same(o, p)) === i);
	return options.length >= 3 && distinct && !options.some((o) => same(o, card.answer)) ? 'none' : 'unusable';
}

/**
 * The card to store after an edit: an `mcq` card's options are its choices other than the answer; empty options and
 * an empty context are dropped; a year whose answer no longer holds a digit loses its kind (and the options of that
 * kind), since neither describes the new answer.
 */
export function editedCard(card: CardContent): CardContent {
	const { options: _, context, kind, ...rest } = card;
	const options =
		card.type === 'mcq'
			? (card.choices ?? []).filter((c) => c !== card.answer)
			: card.type === 'truefalse'
				? []
				: filledOptions(card.options);
	const kindHolds = kind !== 'year' || /\d/.test(card.answer);
	return {
		...rest,
		...(kind && kindHolds ? { kind } : {}),
		...(options.length && kindHolds ? { options } : {}),
		...(context?.trim() ? { context: context.trim() } : {})
	};
}

/** Whether an edit changed what the card asks, as far as the editor shows it (an untouched card compares equal). */
export function asksTheSame(a: CardContent, b: CardContent): boolean {
	const asked = (card: CardContent) => {
		const options = card.type === 'mcq' || card.type === 'truefalse' ? [] : filledOptions(card.options);
		return JSON.stringify([
			card.type,
			card.prompt,
			card.answer,
			card.choices ?? [],
			options,
			card.context ?? ''
		]);
	};
	return asked(a) === asked(b);
}

/**
 * A stored card after an edit: what it asks is `content`, its progress stays. A real change makes it the person's
 * card (no longer `generated`), which regenerating the deck leaves as they wrote it.
 */
export function applyEdit(card: Card, content: CardContent, now: number): Card {
	const { generated: _, ...personal } = card;
	return { ...withContent(asksTheSame(card, content) ? card : personal, content), updatedAt: now };
}
