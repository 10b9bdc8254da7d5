import type { Card } from '../deck/model.ts';
import { DEFAULT_ROLLOVER_HOUR, dayStart, nextDayStart } from './day.ts';

/**
 * When the next card will be offered, for an empty queue's "next card due …": learning cards at their due
 * time, review cards at the start of the study day they fall due, and new cards or cards already due but held
 * back (by a daily limit or burying) when the next study day begins. `undefined` when no card is left to study.
 */
export function nextDue(
	cards: readonly Card[],
	now: number,
	rolloverHour = DEFAULT_ROLLOVER_HOUR
): number | undefined {
	const tomorrow = nextDayStart(now, rolloverHour);
	let next: number | undefined;
	for (const card of cards) {
		if (card.suspended) continue;
		const { state, due } = card.srs;
		let at = state === 0 ? tomorrow : state === 2 ? dayStart(due, rolloverHour) : due;
		if (at <= now) at = tomorrow;
		if (next === undefined || at < next) next = at;
	}
	return next;
}

/**
 * The number for the app icon badge: learning cards due now plus review cards due today, across the cards
 * given, ignoring daily limits and new cards (Anki's "due" count).
 */
export function dueBadgeCount(
	cards: readonly Card[],
	now: number,
	rolloverHour = DEFAULT_ROLLOVER_HOUR
): number {
	const dayEnd = nextDayStart(now, rolloverHour);
	let count = 0;
	for (const card of cards) {
		if (card.suspended || card.srs.state === 0) continue;
		if (card.srs.state === 2 ? card.srs.due < dayEnd : card.srs.due <= now) count++;
	}
	return count;
}
