import type { DBSchema, StoreNames } from 'idb';
import type { Card, Deck, QuizAttempt, ReviewLog } from '../deck/model.ts';
import type { SharedQuizRecord } from '../quiz/model.ts';
import type { ReviewDaySummary } from '../srs/review-days.ts';
import type { SETTINGS_KEY, SettingsRecord } from './settings.ts';
import type { StoredCard } from './stored-card.ts';

export const DB_NAME = 'factdeck';
/** Bump with a new step in `upgrade()`, a fixture in tests/fixtures/db and a line in the migration test. */
export const DB_VERSION = 4;

/** The one schema every store, index and transaction is checked against. */
export interface FactdeckSchema extends DBSchema {
	/** Since version 3, decks made by the generator record its version (older ones are stamped 1). */
	decks: { key: string; value: Deck };
	/**
	 * Since version 3, cards still as the generator made them are marked `generated`; since version 4, `suspended` is
	 * stored as 0/1 and each card has its `stage`, so indexes can use both.
	 */
	cards: {
		key: string;
		value: StoredCard;
		indexes: {
			'by-deck': string;
			/** [deckId, suspended, stage, srs.due]: one deck's counts, queue and forecast without reading cards. */
			'by-deck-stage-due': [string, number, number, number];
			/** [suspended, stage, srs.due]: the same over every deck. */
			'by-stage-due': [number, number, number];
			/** Only cards a quiz marked for study (IndexedDB leaves out records without the key). */
			'by-priority': number;
		};
	};
	reviewLogs: {
		key: string;
		value: ReviewLog;
		/** `by-deck-time` [deckId, reviewedAt] since version 4 (it replaced `by-deck`). */
		indexes: { 'by-card': string; 'by-deck-time': [string, number]; 'by-time': number };
	};
	quizAttempts: { key: string; value: QuizAttempt; indexes: { 'by-deck': string } };
	settings: { key: typeof SETTINGS_KEY; value: SettingsRecord };
	/** Since version 2: quizzes a teacher shared, with the class's results. */
	sharedQuizzes: { key: string; value: SharedQuizRecord; indexes: { 'by-deck': string } };
	/**
	 * Since version 4: the review logs summed per deck and study day, keyed [deckId, start]. Derived from the logs,
	 * written in the same transaction as they are; not part of backups.
	 */
	reviewDays: { key: [string, number]; value: ReviewDaySummary };
}

export type AnyStoreName = StoreNames<FactdeckSchema>;
/** The stores that hold the person's data (and go into backups); `reviewDays` is derived from them. */
export type StoreName = Exclude<AnyStoreName, 'reviewDays'>;
/** A store's records as the rest of the app sees them: cards with a boolean `suspended` and no stage. */
export type StoreValue<S extends StoreName> = S extends 'cards' ? Card : FactdeckSchema[S]['value'];

const STORES = {
	decks: true,
	cards: true,
	reviewLogs: true,
	quizAttempts: true,
	settings: true,
	sharedQuizzes: true
} satisfies Record<StoreName, true>;

export const STORE_NAMES = Object.keys(STORES) as StoreName[];
/** Every store, the derived ones included. */
export const ALL_STORE_NAMES: AnyStoreName[] = [...STORE_NAMES, 'reviewDays'];
