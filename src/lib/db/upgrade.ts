import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Deck } from '../deck/model.ts';
import { upgradeCard, upgradeDeck } from './record-upgrades.ts';
import type { FactdeckSchema } from './schema.ts';

type UpgradeTransaction = IDBPTransaction<FactdeckSchema, StoreNames<FactdeckSchema>[], 'versionchange'>;

/** Version 3: decks record their generator's version, and cards still as it made them say so. */
async function rewriteDecksAndCards(tx: UpgradeTransaction, oldVersion: number): Promise<void> {
	const decks = new Map<string, Deck>();
	for await (const cursor of tx.objectStore('decks')) {
		const upgraded = upgradeDeck(cursor.value, oldVersion);
		decks.set(upgraded.id, upgraded);
		if (upgraded !== cursor.value) await cursor.update(upgraded);
	}
	for await (const cursor of tx.objectStore('cards')) {
		const upgraded = upgradeCard(cursor.value, decks.get(cursor.value.deckId), oldVersion);
		if (upgraded !== cursor.value) await cursor.update(upgraded);
	}
}

/**
 * Every migration, one step per version. Steps that rewrite records take the upgrade transaction,
 * idb's fourth argument (`upgrade(db, oldVersion, newVersion, transaction)`).
 */
export function upgrade(
	db: IDBPDatabase<FactdeckSchema>,
	oldVersion: number,
	_newVersion: number | null,
	tx: UpgradeTransaction
): void {
	if (oldVersion < 1) {
		db.createObjectStore('decks', { keyPath: 'id' });

		const cards = db.createObjectStore('cards', { keyPath: 'id' });
		cards.createIndex('by-deck', 'deckId');
		cards.createIndex('by-deck-due', ['deckId', 'srs.due']);
		cards.createIndex('by-deck-state-due', ['deckId', 'srs.state', 'srs.due']);

		const logs = db.createObjectStore('reviewLogs', { keyPath: 'id' });
		logs.createIndex('by-card', 'cardId');
		logs.createIndex('by-deck', 'deckId');
		logs.createIndex('by-time', 'reviewedAt');

		const attempts = db.createObjectStore('quizAttempts', { keyPath: 'id' });
		attempts.createIndex('by-deck', 'deckId');

		db.createObjectStore('settings', { keyPath: 'id' });
	}
	if (oldVersion < 2) {
		const shared = db.createObjectStore('sharedQuizzes', { keyPath: 'id' });
		shared.createIndex('by-deck', 'deckId');
	}
	// Only requests on the upgrade transaction are awaited, so it stays open until the rewrite is done.
	if (oldVersion >= 1 && oldVersion < 3) void rewriteDecksAndCards(tx, oldVersion);
}
