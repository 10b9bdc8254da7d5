import type { Card, ReviewLog } from '../deck/model.ts';
import { DEFAULT_ROLLOVER_HOUR, createDayIndexer, dayIndex, dayStart } from './day.ts';

/** Cards whose scheduled interval reaches this many days are "mature", as in Anki. */
export const MATURE_INTERVAL_DAYS = 21;

export interface StatsOptions {
	days?: number;
	rolloverHour?: number;
}

export interface ReviewDay {
	/** When the study day began (epoch ms). */
	start: number;
	/** Reviews by the card's state before them: new or learning, relearning, young review, mature review. */
	learning: number;
	relearning: number;
	young: number;
	mature: number;
	/** Of those, how many were rated Again. */
	again: number;
	durationMs: number;
}

export interface ForecastDay {
	start: number;
	/** Learning and review cards falling due that day; today's bucket also holds the overdue ones. */
	count: number;
}

export interface CardCounts {
	new: number;
	learning: number;
	relearning: number;
	young: number;
	mature: number;
	suspended: number;
	total: number;
}

function dayStarts(now: number, from: number, count: number, rolloverHour: number): number[] {
	return Array.from({ length: count }, (_, i) => dayStart(now, rolloverHour, from + i));
}

/** Reviews per study day for the last `days` days (default 30), oldest first, today last. */
export function reviewsPerDay(
	logs: readonly ReviewLog[],
	now: number,
	options: StatsOptions = {}
): ReviewDay[] {
	const { days = 30, rolloverHour = DEFAULT_ROLLOVER_HOUR } = options;
	const result: ReviewDay[] = dayStarts(now, 1 - days, days, rolloverHour).map((start) => ({
		start,
		learning: 0,
		relearning: 0,
		young: 0,
		mature: 0,
		again: 0,
		durationMs: 0
	}));
	const first = result[0]?.start ?? now;
	const firstIndex = dayIndex(now, rolloverHour) - days + 1;
	const indexOf = createDayIndexer(rolloverHour);
	for (const log of logs) {
		if (log.reviewedAt < first) continue;
		const day = result[indexOf(log.reviewedAt) - firstIndex];
		if (!day) continue;
		if (log.state === 2) {
			if (log.scheduledDays >= MATURE_INTERVAL_DAYS) day.mature++;
			else day.young++;
		} else if (log.state === 3) day.relearning++;
		else day.learning++;
		if (log.rating === 1) day.again++;
		day.durationMs += log.durationMs;
	}
	return result;
}

/** Cards falling due on each of the next `days` study days (default 30), today first. */
export function dueForecast(cards: readonly Card[], now: number, options: StatsOptions = {}): ForecastDay[] {
	const { days = 30, rolloverHour = DEFAULT_ROLLOVER_HOUR } = options;
	const result: ForecastDay[] = dayStarts(now, 0, days, rolloverHour).map((start) => ({ start, count: 0 }));
	const today = dayIndex(now, rolloverHour);
	const indexOf = createDayIndexer(rolloverHour);
	for (const card of cards) {
		if (card.suspended || card.srs.state === 0) continue;
		const day = result[Math.max(0, indexOf(card.srs.due) - today)];
		if (day) day.count++;
	}
	return result;
}

/** Cards by state; suspended cards count only as suspended. Young / mature split reviews at 21 days. */
export function cardCounts(cards: readonly Card[]): CardCounts {
	const counts: CardCounts = {
		new: 0,
		learning: 0,
		relearning: 0,
		young: 0,
		mature: 0,
		suspended: 0,
		total: cards.length
	};
	for (const card of cards) {
		const { state, scheduledDays } = card.srs;
		if (card.suspended) counts.suspended++;
		else if (state === 0) counts.new++;
		else if (state === 1) counts.learning++;
		else if (state === 3) counts.relearning++;
		else if (scheduledDays >= MATURE_INTERVAL_DAYS) counts.mature++;
		else counts.young++;
	}
	return counts;
}
