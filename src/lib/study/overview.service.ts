// The home page's counts: kept apart from the scheduler (ts-fsrs) so that the first page load does not carry it.
import type { Card } from '../deck/model.ts';
import { getSettings, listReviewLogs, listStudyCards, type Settings } from '../db/index.ts';
import { dayStart, nextDayStart } from '../srs/day.ts';
import { dueBadgeCount } from '../srs/due.ts';
import { DEFAULT_QUEUE_SETTINGS, counts, type QueueCounts, type QueueSettings } from '../srs/queue.ts';

export function queueSettingsOf(settings: Settings): QueueSettings {
	return {
		...DEFAULT_QUEUE_SETTINGS,
		newCardsPerDay: Math.max(0, settings.newCardsPerDay),
		maxReviewsPerDay: Math.max(0, settings.maxReviewsPerDay)
	};
}

/** What the home page shows: each deck's counts (its own limits), the whole for "Study all", the badge count. */
export interface StudyOverview {
	byDeck: Record<string, QueueCounts>;
	all: QueueCounts;
	/** Decks with at least one card to study now. */
	decksToStudy: number;
	badgeCount: number;
}

export const hasWork = (c: QueueCounts) => c.newCount + c.learningCount + c.reviewCount > 0;

export async function studyOverview(now: number): Promise<StudyOverview> {
	const settings = queueSettingsOf(await getSettings());
	const [cards, logs] = await Promise.all([
		listStudyCards(undefined, nextDayStart(now, settings.rolloverHour), {
			limit: settings.newCardsPerDay,
			shared: false
		}),
		listReviewLogs(undefined, dayStart(now, settings.rolloverHour))
	]);
	const decks = new Map<string, Card[]>();
	for (const card of cards) {
		const deck = decks.get(card.deckId);
		if (deck) deck.push(card);
		else decks.set(card.deckId, [card]);
	}
	const byDeck: Record<string, QueueCounts> = {};
	for (const [deckId, deckCards] of decks) {
		byDeck[deckId] = counts(
			deckCards,
			logs.filter((log) => log.deckId === deckId),
			now,
			settings
		);
	}
	return {
		byDeck,
		all: counts(cards, logs, now, settings),
		decksToStudy: Object.values(byDeck).filter(hasWork).length,
		badgeCount: dueBadgeCount(cards, now, settings.rolloverHour)
	};
}
