import type { Card } from '../deck/model.ts';
import { getSettings, listReviewLogs, listStudyCards, type Settings } from '../db/index.ts';
import {
	DEFAULT_QUEUE_SETTINGS,
	MAX_DESIRED_RETENTION,
	MIN_DESIRED_RETENTION,
	Scheduler,
	counts,
	dayStart,
	dueBadgeCount,
	nextDayStart,
	type QueueCounts,
	type QueueSettings
} from '../srs/index.ts';
import { StudySession } from './study-session.ts';

export function queueSettingsOf(settings: Settings): QueueSettings {
	return {
		...DEFAULT_QUEUE_SETTINGS,
		newCardsPerDay: Math.max(0, settings.newCardsPerDay),
		maxReviewsPerDay: Math.max(0, settings.maxReviewsPerDay)
	};
}

/**
 * A scheduler from the stored settings. A new one is made for each session, so a changed desired retention
 * applies to the ratings made from then on; due dates already stored stay as they are.
 */
export function schedulerOf(settings: Settings, clock: () => number): Scheduler {
	const desiredRetention = Math.min(
		MAX_DESIRED_RETENTION,
		Math.max(MIN_DESIRED_RETENTION, settings.desiredRetention)
	);
	const maximumIntervalDays = Math.max(1, Math.round(settings.maximumIntervalDays));
	return new Scheduler({ desiredRetention, maximumIntervalDays }, clock);
}

/**
 * Opens a study session on one deck, or on every deck when `deckId` is undefined. Only the cards the day's
 * queue can hold are read (see `listStudyCards`), so opening stays fast with a large collection.
 */
export async function openStudySession(
	deckId: string | undefined,
	clock: () => number = Date.now
): Promise<StudySession> {
	const now = clock();
	// The study day does not depend on the settings, so everything is read at once.
	const { rolloverHour } = DEFAULT_QUEUE_SETTINGS;
	const [settings, { cards, nextReviewDue }, logs] = await Promise.all([
		getSettings(),
		listStudyCards(deckId === undefined ? undefined : [deckId], nextDayStart(now, rolloverHour)),
		listReviewLogs(deckId, dayStart(now, rolloverHour))
	]);
	const queueSettings = queueSettingsOf(settings);
	return new StudySession({
		deckId,
		cards,
		nextReviewDue,
		logs,
		scheduler: schedulerOf(settings, clock),
		queueSettings
	});
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
	const [{ cards }, logs] = await Promise.all([
		listStudyCards(undefined, nextDayStart(now, settings.rolloverHour)),
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
