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

function store(
	name: string,
	indexes: Record<string, string | string[]> = {},
	keyPath: string | string[] = 'id'
): StoreShape {
	return {
		name,
		keyPath,
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
	],
	// Version 4: cards store `suspended` as 0/1 and their stage; logs by deck and time; day summaries.
	4: [
		store('cards', {
			'by-deck': 'deckId',
			'by-deck-stage-due': ['deckId', 'suspended', 'stage', 'srs.due'],
			'by-priority': 'priority',
			'by-stage-due': ['suspended', 'stage', 'srs.due']
		}),
		store('decks'),
		store('quizAttempts', { 'by-deck': 'deckId' }),
		store('reviewDays', {}, ['deckId', 'start']),
		store('reviewLogs', {
			'by-card': 'cardId',
			'by-deck-time': ['deckId', 'reviewedAt'],
			'by-time': 'reviewedAt'
		}),
		store('settings'),
		store('sharedQuizzes', { 'by-deck': 'deckId' })
	]
};
