import type { Card } from '../deck/model.ts';
import type { StoreName } from '../db/index.ts';

/** Orders a card's progress: a later last review wins, then more reviews, then the later edit. */
function progress(card: Card): [number, number, number] {
	return [card.srs.lastReview ?? -Infinity, card.srs.reps, card.updatedAt];
}

function isAhead(a: number[], b: number[]): boolean {
	for (let i = 0; i < a.length; i++) {
		if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) > (b[i] as number);
	}
	return false;
}

function updatedAt(record: unknown): number | undefined {
	const value = (record as { updatedAt?: unknown }).updatedAt;
	return typeof value === 'number' ? value : undefined;
}

/**
 * Which of two versions of the same record a merge keeps. Review logs and quiz attempts have ids fixed by
 * the event, so the same id is the same event and the stored one stays; this device's settings stay too.
 * Stores this function does not know keep the later `updatedAt`, else the stored record.
 */
export function keepOnMerge(store: StoreName, stored: unknown, incoming: unknown): unknown {
	if (store === 'cards')
		return isAhead(progress(incoming as Card), progress(stored as Card)) ? incoming : stored;
	if (store === 'reviewLogs' || store === 'quizAttempts' || store === 'settings') return stored;
	const [a, b] = [updatedAt(incoming), updatedAt(stored)];
	return a !== undefined && b !== undefined && a > b ? incoming : stored;
}
