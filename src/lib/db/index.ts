/** The only way into Factdeck's IndexedDB database. */
export { deleteAllData, exportAllStores, type DatabaseDump } from './all-data.ts';
export { deleteCard, listCards, putCard } from './cards.ts';
export { closeDb, onDatabaseEvent, type DatabaseEvent } from './connection.ts';
export { tallyCards, type CardTally, type DeckCounts } from './counts.ts';
export { readDeckState, rewriteDeck, type DeckState } from './deck-state.ts';
export { deleteDeck, getDeck, listDecks, renameDeck, saveDeck, type DeckSummary } from './decks.ts';
export { DbClosedError, DbError, DbUnavailableError, NotFoundError, StorageFullError } from './errors.ts';
export {
	addCardsToDeck,
	mergeIntoStores,
	replaceAllStores,
	type KeepRecord,
	type WriteProgress,
	type MergeCounts,
	type StoreMergeCount,
	type StoreRecords
} from './import.ts';
export { countReviewsSince } from './review-count.ts';
export { listReviewDays } from './review-days.ts';
export { listReviewLogs, recordReview, undoReview, type ReviewWrite } from './reviews.ts';
export {
	DB_NAME,
	DB_VERSION,
	STORE_NAMES,
	type FactdeckSchema,
	type StoreName,
	type StoreValue
} from './schema.ts';
export {
	addClassResult,
	deleteUnfinishedQuizAttempt,
	getSharedQuiz,
	listQuizAttempts,
	listSharedQuizzes,
	listUnfinishedQuizAttempts,
	prioritizeCards,
	removeClassResult,
	saveQuizAttempt,
	saveQuizProgress,
	saveSharedQuiz
} from './quiz.ts';
export { listStudyCards } from './study-cards.ts';
export { upgradeCard, upgradeDeck } from './record-upgrades.ts';
export { seedDefaultDeck } from './seed.ts';
export {
	DEFAULT_SETTINGS,
	SETTING_LIMITS,
	SETTINGS_KEY,
	TEXT_SIZES,
	type Settings,
	type SettingsRecord,
	type TextSize
} from './settings.ts';
export { getSettings, updateSettings } from './settings-store.ts';
