import type { Card } from '../deck/model.ts';

/** Cards a quiz marked for study first (higher priority first); the rest keep their order. */
export function byPriority(a: Card, b: Card): number {
	return (b.priority ?? 0) - (a.priority ?? 0);
}

/** A rated card no longer needs the quiz's push. */
export function withoutPriority(card: Card): Card {
	const { priority: _, ...rest } = card;
	return rest;
}
