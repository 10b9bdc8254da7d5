/**
 * What each released version of the database looked like, written out by hand, never derived from `upgrade()`:
 * a migration test builds the old database from this and lets the current code upgrade it.
 * A schema change adds its version here, with a fixture in tests/fixtures/db.
 */
export interface IndexShape {
	name: string;
	keyPath: string | string[];
	unique: boolean;
	multiEntry: boolean;
}

export interface StoreShape {
	name: string;
	keyPath: string | string[] | null;
	autoIncrement: boolean;
	indexes: IndexShape[];
}

function store(name: string, indexes: Record<string, string | string[]> = {}): StoreShape {
	return {
		name,
		keyPath: 'id',
		autoIncrement: false,
		indexes: Object.entries(indexes).map(([index, keyPath]) => ({
			name: index,
			keyPath,
			unique: false,
			multiEntry: false
		}))
	};
}

export const SCHEMAS: Record<number, StoreShape[]> = {
	1: [
		store('cards', {
			'by-deck': 'deckId',
			'by-deck-due': ['deckId', 'srs.due'],
			'by-deck-state-due': ['deckId', 'srs.state', 'srs.due']
		}),
		store('decks'),
		store('quizAttempts', { 'by-deck': 'deckId' }),
		store('reviewLogs', { 'by-card': 'cardId', 'by-deck': 'deckId', 'by-time': 'reviewedAt' }),
		store('settings')
	],
	2: [
		store('cards', {
			'by-deck': 'deckId',
			'by-deck-due': ['deckId', 'srs.due'],
			'by-deck-state-due': ['deckId', 'srs.state', 'srs.due']
		}),
		store('decks'),
		store('quizAttempts', { 'by-deck': 'deckId' }),
		store('reviewLogs', { 'by-card': 'cardId', 'by-deck': 'deckId', 'by-time': 'reviewedAt' }),
		store('settings'),
		store('sharedQuizzes', { 'by-deck': 'deckId' })
	],
	// Version 3 rewrote deck records (generator version), not the stores.
	3: [
		store('cards', {
			'by-deck': 'deckId',
			'by-deck-due': ['deckId', 'srs.due'],
			'by-deck-state-due': ['deckId', 'srs.state', 'srs.due']
		}),
		store('decks'),
		store('quizAttempts', { 'by-deck': 'deckId' }),
		store('reviewLogs', { 'by-card': 'cardId', 'by-deck': 'deckId', 'by-time': 'reviewedAt' }),
		store('settings'),
		store('sharedQuizzes', { 'by-deck': 'deckId' })
	]
};
