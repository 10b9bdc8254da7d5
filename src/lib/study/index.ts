/** Studying: sessions over the day's queue, the home page's counts, statistics and the app badge. */
export { setAppBadge } from './badge.ts';
export { byPriority, withoutPriority } from './priority.ts';
export { STATS_DAYS, loadStats, type DeckStats } from './stats.service.ts';
export {
	MAX_ANSWER_MS,
	StudySession,
	type SessionSource,
	type SessionSummary,
	type WriteOutcome
} from './study-session.ts';
export { openStudySession, schedulerOf } from './study.service.ts';
export { hasWork, queueSettingsOf, studyOverview, type StudyOverview } from './overview.service.ts';
