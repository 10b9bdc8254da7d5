/**
 * Every record a backup may hold, described completely: each field the app writes, with the values the app can
 * make. Unknown keys are dropped (`v.object`); the preview says how many. A field added to the model must be added
 * here too: each record's entries are checked against its type (`Entries`), so the build fails until it is.
 */
import * as v from 'valibot';
import { ANSWER_KINDS, CARD_TYPES } from '../deck/model.ts';
import type { Card, Deck, QuizAnswer, QuizAttempt, ReviewLog, SchedulingState } from '../deck/model.ts';
import { SETTING_LIMITS, TEXT_SIZES, type SettingsRecord, type StoreName } from '../db/index.ts';
import { QUESTION_KINDS, type ClassResult, type Question, type SharedQuizRecord } from '../quiz/model.ts';
import { LIMITS } from '../share/limits.ts';
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from '../srs/scheduler-settings.ts';
import { BACKUP_FORMAT } from './format.ts';

/** One schema per field of `T`, optional ones included, and no others. */
type Entries<T> = { [K in keyof T]-?: v.GenericSchema };

const id = v.pipe(v.string(), v.minLength(1));
const text = v.string();
const texts = v.array(text);
const flag = v.boolean();
/** Epoch milliseconds a `Date` can hold, from 1970 on. */
const time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const days = v.pipe(v.number(), v.finite(), v.minValue(0));
const between = (min: number, max: number) =>
	v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const whole = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** Link and result codes as the app stores them: base64url. */
const code = (max: number) => v.pipe(v.string(), v.regex(/^[\w-]+$/), v.maxLength(max));

/**
 * FSRS memory state. A new card has none (stability and difficulty 0); once studied, ts-fsrs keeps stability
 * within [0.001, 36500] days and difficulty within [1, 10], and refuses to schedule a card outside them.
 */
const NEW = { state: v.literal(0), stability: v.literal(0), difficulty: v.literal(0) };
const STUDIED = {
	state: v.picklist([1, 2, 3]),
	stability: between(0.001, 36500),
	difficulty: between(1, 10)
};

const schedulingEntries = {
	due: time,
	elapsedDays: days,
	scheduledDays: days,
	learningSteps: count,
	reps: count,
	lapses: count,
	lastReview: v.optional(time),
	...NEW
} satisfies Entries<SchedulingState>;

const scheduling = v.variant('state', [
	v.object(schedulingEntries),
	v.object({ ...schedulingEntries, ...STUDIED })
]);

const deck = v.object({
	id,
	title: text,
	subtitle: v.optional(text),
	attribution: v.optional(text),
	blocks: v.array(v.object({ kind: v.picklist(['paragraph', 'heading']), sentences: texts })),
	text,
	source: v.optional(text),
	origin: v.picklist(['default', 'user', 'shared']),
	generatorVersion: v.optional(whole(1, Number.MAX_SAFE_INTEGER)),
	createdAt: time,
	updatedAt: time
} satisfies Entries<Deck>);

const card = v.object({
	id,
	type: v.picklist(CARD_TYPES),
	prompt: text,
	answer: text,
	choices: v.optional(texts),
	evidence: text,
	sibling: v.optional(text),
	kind: v.optional(v.picklist(ANSWER_KINDS)),
	options: v.optional(texts),
	context: v.optional(text),
	deckId: id,
	generated: v.optional(v.literal(true)),
	srs: scheduling,
	suspended: flag,
	priority: v.optional(v.pipe(time, v.minValue(1))),
	createdAt: time,
	updatedAt: time
} satisfies Entries<Card>);

/** A review log holds the card's state before the review, with the same ranges. */
const logEntries = {
	id,
	cardId: id,
	deckId: id,
	rating: v.picklist([1, 2, 3, 4]),
	due: time,
	elapsedDays: days,
	scheduledDays: days,
	reviewedAt: time,
	durationMs: days,
	...NEW
} satisfies Entries<ReviewLog>;

const reviewLog = v.variant('state', [v.object(logEntries), v.object({ ...logEntries, ...STUDIED })]);

const question = v.object({
	kind: v.picklist(QUESTION_KINDS),
	prompt: text,
	answer: text,
	choices: v.optional(texts),
	evidence: text,
	context: v.optional(text),
	cardId: id
} satisfies Entries<Question>);

const answer = v.object({ cardId: id, given: text, correct: flag } satisfies Entries<QuizAnswer>);

const quizAttempt = v.pipe(
	v.object({
		id,
		deckId: id,
		startedAt: time,
		// Absent while a quiz is under way (saved after every answer).
		finishedAt: v.optional(time),
		answers: v.array(answer),
		score: count,
		total: count,
		questions: v.optional(v.array(question)),
		feedback: v.optional(v.picklist(['each', 'end'])),
		name: v.optional(v.pipe(text, v.maxLength(LIMITS.name)))
	} satisfies Entries<QuizAttempt>),
	v.check(
		(a) => a.score <= a.total && a.answers.length <= a.total && (a.questions?.length ?? a.total) === a.total,
		'The score, answers and questions do not add up.'
	),
	v.check((a) => (a.finishedAt ?? a.startedAt) >= a.startedAt, 'Finished before it started.')
);

const { newCardsPerDay, maxReviewsPerDay, maximumIntervalDays } = SETTING_LIMITS;

const settings = v.object({
	id: v.literal('app'),
	textSize: v.optional(v.picklist(TEXT_SIZES)),
	desiredRetention: v.optional(between(MIN_DESIRED_RETENTION, MAX_DESIRED_RETENTION)),
	newCardsPerDay: v.optional(whole(newCardsPerDay.min, newCardsPerDay.max)),
	maxReviewsPerDay: v.optional(whole(maxReviewsPerDay.min, maxReviewsPerDay.max)),
	maximumIntervalDays: v.optional(whole(maximumIntervalDays.min, maximumIntervalDays.max)),
	defaultDeckSeeded: v.optional(flag),
	persistRequested: v.optional(flag)
} satisfies Entries<SettingsRecord>);

const classResult = v.object({
	code: v.pipe(code(LIMITS.resultChars), v.minLength(1)),
	name: v.pipe(text, v.maxLength(LIMITS.name)),
	answers: v.pipe(
		v.array(v.union([v.null(), count, v.pipe(text, v.maxLength(LIMITS.text))])),
		v.maxLength(LIMITS.questions)
	),
	addedAt: time
} satisfies Entries<ClassResult>);

const sharedQuiz = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.regex(/^[\w-]{8}$/)),
		deckId: id,
		title: text,
		code: v.pipe(code(LIMITS.linkChars), v.minLength(1)),
		createdAt: time,
		results: v.array(classResult)
	} satisfies Entries<SharedQuizRecord>),
	v.check(
		(quiz) => new Set(quiz.results.map((r) => r.code)).size === quiz.results.length,
		'The same result code twice.'
	)
);

/**
 * The schema of each store's records in a backup; `null` for a store the app derives from the others, which
 * backups leave out (a restore rebuilds it).
 */
export const RECORDS = {
	decks: deck,
	cards: card,
	reviewLogs: reviewLog,
	quizAttempts: quizAttempt,
	settings,
	sharedQuizzes: sharedQuiz
} satisfies Record<StoreName, v.GenericSchema | null>;

/** The stores a backup holds. */
export type BackupStoreName = {
	[S in keyof typeof RECORDS]: (typeof RECORDS)[S] extends null ? never : S;
}[keyof typeof RECORDS];

export const BACKUP_STORES = (Object.keys(RECORDS) as (keyof typeof RECORDS)[]).filter(
	(name): name is BackupStoreName => RECORDS[name] !== null
);

export const backupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	formatVersion: whole(1, Number.MAX_SAFE_INTEGER),
	appVersion: text,
	dbVersion: whole(1, Number.MAX_SAFE_INTEGER),
	exportedAt: time,
	stores: v.object(
		Object.fromEntries(BACKUP_STORES.map((name) => [name, v.optional(v.array(RECORDS[name]))])) as {
			[S in BackupStoreName]: v.OptionalSchema<v.ArraySchema<(typeof RECORDS)[S], undefined>, undefined>;
		}
	)
});
