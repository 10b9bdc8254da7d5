import * as v from 'valibot';
import { ANSWER_KINDS, CARD_TYPES } from '../deck/model.ts';
import { STORE_NAMES, type StoreName } from '../db/index.ts';
import { BACKUP_FORMAT } from './format.ts';

// Loose objects throughout: optional fields added by later versions of the same schema survive a round trip.
const num = v.pipe(v.number(), v.finite());
const int = v.pipe(v.number(), v.integer());
const stateSchema = v.picklist([0, 1, 2, 3]);

const scheduling = v.looseObject({
	due: num,
	stability: num,
	difficulty: num,
	elapsedDays: num,
	scheduledDays: num,
	learningSteps: num,
	reps: int,
	lapses: int,
	state: stateSchema,
	lastReview: v.optional(num)
});

const deck = v.looseObject({
	id: v.string(),
	title: v.string(),
	subtitle: v.optional(v.string()),
	attribution: v.optional(v.string()),
	blocks: v.array(
		v.looseObject({ kind: v.picklist(['paragraph', 'heading']), sentences: v.array(v.string()) })
	),
	text: v.string(),
	origin: v.picklist(['default', 'user', 'shared']),
	generatorVersion: v.optional(v.pipe(int, v.minValue(1))),
	createdAt: num,
	updatedAt: num
});

const card = v.looseObject({
	id: v.string(),
	type: v.picklist(CARD_TYPES),
	prompt: v.string(),
	answer: v.string(),
	choices: v.optional(v.array(v.string())),
	evidence: v.string(),
	sibling: v.optional(v.string()),
	kind: v.optional(v.picklist(ANSWER_KINDS)),
	options: v.optional(v.array(v.string())),
	context: v.optional(v.string()),
	deckId: v.string(),
	generated: v.optional(v.literal(true)),
	srs: scheduling,
	suspended: v.boolean(),
	createdAt: num,
	updatedAt: num
});

const reviewLog = v.looseObject({
	id: v.string(),
	cardId: v.string(),
	deckId: v.string(),
	rating: v.picklist([1, 2, 3, 4]),
	state: stateSchema,
	due: num,
	stability: num,
	difficulty: num,
	elapsedDays: num,
	scheduledDays: num,
	reviewedAt: num,
	durationMs: num
});

const quizAttempt = v.looseObject({
	id: v.string(),
	deckId: v.string(),
	startedAt: num,
	// Absent while a quiz is under way (saved after every answer).
	finishedAt: v.optional(num),
	answers: v.array(v.looseObject({ cardId: v.string(), given: v.string(), correct: v.boolean() })),
	score: num,
	total: num
});

/** Settings are read through normalizeSettings, which falls back to defaults key by key. */
const settings = v.looseObject({ id: v.literal('app') });

/** Stores added by other features are checked only for being records; their own code reads them. */
const anyRecord = v.looseObject({});

const RECORDS: Partial<Record<StoreName, v.GenericSchema>> = {
	decks: deck,
	cards: card,
	reviewLogs: reviewLog,
	quizAttempts: quizAttempt,
	settings
};

export const backupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	formatVersion: int,
	appVersion: v.string(),
	dbVersion: int,
	exportedAt: num,
	stores: v.object(
		Object.fromEntries(STORE_NAMES.map((name) => [name, v.optional(v.array(RECORDS[name] ?? anyRecord))]))
	)
});
