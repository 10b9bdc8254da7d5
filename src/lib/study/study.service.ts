import { getSettings, listReviewLogs, listStudyCards, type Settings } from '../db/index.ts';
import {
	DEFAULT_QUEUE_SETTINGS,
	MAX_DESIRED_RETENTION,
	MIN_DESIRED_RETENTION,
	Scheduler,
	dayStart,
	nextDayStart
} from '../srs/index.ts';
import { queueSettingsOf } from './overview.service.ts';
import { StudySession } from './study-session.ts';

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
 * queue can hold are read (see `listStudyCards`), and today's logs, so opening stays fast with a large collection.
 */
export async function openStudySession(
	deckId: string | undefined,
	clock: () => number = Date.now
): Promise<StudySession> {
	const now = clock();
	const { rolloverHour } = DEFAULT_QUEUE_SETTINGS;
	const settings = await getSettings();
	const queueSettings = queueSettingsOf(settings);
	const [cards, logs] = await Promise.all([
		listStudyCards(deckId === undefined ? undefined : [deckId], nextDayStart(now, rolloverHour), {
			limit: queueSettings.newCardsPerDay,
			shared: true
		}),
		listReviewLogs(deckId, dayStart(now, rolloverHour))
	]);
	return new StudySession({
		deckId,
		cards,
		logs,
		scheduler: schedulerOf(settings, clock),
		queueSettings
	});
}
