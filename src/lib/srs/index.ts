/** Spaced repetition, pure: FSRS scheduling, the study day, the day's queue, interval labels and statistics. */
export { SrsError, SchedulerSettingsError } from './errors.ts';
export {
	DEFAULT_SCHEDULER_SETTINGS,
	MAX_DESIRED_RETENTION,
	MIN_DESIRED_RETENTION,
	resolveSchedulerSettings,
	type SchedulerSettings,
	type StepUnit
} from './scheduler-settings.ts';
export { fromFsrsCard, toFsrsCard } from './fsrs-card.ts';
export {
	RATINGS,
	Scheduler,
	reviewLogId,
	type RateResult,
	type RatingOutcome,
	type SchedulingPreview,
	type UndoResult
} from './scheduler.ts';
export {
	ENGLISH_INTERVAL_UNITS,
	intervalLabel,
	type IntervalLabelOptions,
	type IntervalUnits
} from './interval-label.ts';
export {
	DAY_MS,
	DEFAULT_ROLLOVER_HOUR,
	HOUR_MS,
	MINUTE_MS,
	createDayIndexer,
	currentTimeZone,
	dayIndex,
	dayStart,
	nextDayStart
} from './day.ts';
export {
	DEFAULT_QUEUE_SETTINGS,
	buildQueue,
	counts,
	queueCounts,
	queueOrder,
	type QueueCounts,
	type QueueSettings,
	type StudyQueue
} from './queue.ts';
export { dueBadgeCount, nextDue } from './due.ts';
export { MATURE_INTERVAL_DAYS, STAGES, STAGE_NAMES, stageOf, type Stage, type StageName } from './stages.ts';
export {
	countedIn,
	currentBasis,
	summarizeLogs,
	type DayBasis,
	type ReviewDaySummary
} from './review-days.ts';
export {
	dayStarts,
	dueForecast,
	reviewsPerDay,
	type CardCounts,
	type ForecastDay,
	type ReviewDay,
	type StatsOptions
} from './stats.ts';
export {
	RETENTION_PERIODS,
	retentionRate,
	trueRetention,
	type PassFail,
	type RetentionPeriod,
	type RetentionRow,
	type RetentionTable
} from './retention.ts';
