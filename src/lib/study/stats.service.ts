import type { Card, ReviewLog } from '../deck/model.ts';
import { listAllCards, listCards, listReviewLogs } from '../db/index.ts';
import {
	cardCounts,
	dueForecast,
	reviewsPerDay,
	trueRetention,
	type CardCounts,
	type ForecastDay,
	type RetentionTable,
	type ReviewDay
} from '../srs/index.ts';

export interface DeckStats {
	reviews: ReviewDay[];
	forecast: ForecastDay[];
	counts: CardCounts;
	retention: RetentionTable;
	totalReviews: number;
}

export const STATS_DAYS = 30;

export function computeStats(cards: readonly Card[], logs: readonly ReviewLog[], now: number): DeckStats {
	return {
		reviews: reviewsPerDay(logs, now, { days: STATS_DAYS }),
		forecast: dueForecast(cards, now, { days: STATS_DAYS }),
		counts: cardCounts(cards),
		retention: trueRetention(logs, now),
		totalReviews: logs.length
	};
}

/** Statistics of one deck, or of all decks when `deckId` is undefined. */
export async function loadStats(deckId: string | undefined, now: number): Promise<DeckStats> {
	const [cards, logs] = await Promise.all([
		deckId === undefined ? listAllCards() : listCards(deckId),
		listReviewLogs(deckId)
	]);
	return computeStats(cards, logs, now);
}
