import type { DBSchema, StoreNames } from 'idb';
import type { Card, Deck, QuizAttempt, ReviewLog } from '../deck/model.ts';
import type { SharedQuizRecord } from '../quiz/model.ts';
import type { SettingsRecord, SETTINGS_KEY } from './settings.ts';

export const DB_NAME = 'factdeck';
/** Bump with a new step in `upgrade()`, a fixture in tests/fixtures/db and a line in the migration test. */
export const DB_VERSION = 3;

/** The one schema every store, index and transaction is checked against. */
export interface FactdeckSchema extends DBSchema {
	/** Since version 3, decks made by the generator record its version (older ones are stamped 1). */
	decks: { key: string; value: Deck };
	/** Since version 3, cards still as the generator made them are marked `generated`. */
	cards: {
		key: string;
		value: Card;
		indexes: {
			'by-deck': string;
			'by-deck-due': [string, number];
			/** [deckId, srs.state, srs.due]: counts and study queues per state without a full scan. */
			'by-deck-state-due': [string, number, number];
		};
	};
	reviewLogs: {
		key: string;
		value: ReviewLog;
		indexes: { 'by-card': string; 'by-deck': string; 'by-time': number };
	};
	quizAttempts: { key: string; value: QuizAttempt; indexes: { 'by-deck': string } };
	settings: { key: typeof SETTINGS_KEY; value: SettingsRecord };
	/** Since version 2: quizzes a teacher shared, with the class's results. */
	sharedQuizzes: { key: string; value: SharedQuizRecord; indexes: { 'by-deck': string } };
}

export type StoreName = StoreNames<FactdeckSchema>;
export type StoreValue<S extends StoreName> = FactdeckSchema[S]['value'];

const STORES = {
	decks: true,
	cards: true,
	reviewLogs: true,
	quizAttempts: true,
	settings: true,
	sharedQuizzes: true
} satisfies Record<StoreName, true>;

export const STORE_NAMES = Object.keys(STORES) as StoreName[];
