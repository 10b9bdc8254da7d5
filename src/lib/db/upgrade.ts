import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Card, Deck } from '../deck/model.ts';
import { upgradeCard, upgradeDeck } from './record-upgrades.ts';
import { recountAllDays } from './review-days.ts';
import type { FactdeckSchema } from './schema.ts';
import { toStoredCard } from './stored-card.ts';

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
		// Before version 4 cards were stored as the app sees them.
		const card = cursor.value as unknown as Card;
		const upgraded = upgradeCard(card, decks.get(card.deckId), oldVersion);
		if (upgraded !== card) await cursor.update(upgraded as never);
	}
}

/** Version 4: `suspended` as 0/1 and each card's stage, for the new indexes; the day summaries from the logs. */
async function toVersion4(tx: UpgradeTransaction): Promise<void> {
	for await (const cursor of tx.objectStore('cards')) {
		// Version 3 stored the card as the app sees it.
		await cursor.update(toStoredCard(cursor.value as unknown as Card));
	}
	await recountAllDays({
		reviewLogs: tx.objectStore('reviewLogs'),
		reviewDays: tx.objectStore('reviewDays')
	});
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

		db.createObjectStore('cards', { keyPath: 'id' }).createIndex('by-deck', 'deckId');

		const logs = db.createObjectStore('reviewLogs', { keyPath: 'id' });
		logs.createIndex('by-card', 'cardId');
		logs.createIndex('by-time', 'reviewedAt');

		const attempts = db.createObjectStore('quizAttempts', { keyPath: 'id' });
		attempts.createIndex('by-deck', 'deckId');

		db.createObjectStore('settings', { keyPath: 'id' });
	}
	if (oldVersion < 2) {
		const shared = db.createObjectStore('sharedQuizzes', { keyPath: 'id' });
		shared.createIndex('by-deck', 'deckId');
	}
	if (oldVersion < 4) {
		const cards = tx.objectStore('cards');
		// Version 1 made these two; nothing reads them any more.
		if (oldVersion >= 1)
			for (const index of ['by-deck-due', 'by-deck-state-due']) cards.deleteIndex(index as never);
		cards.createIndex('by-deck-stage-due', ['deckId', 'suspended', 'stage', 'srs.due']);
		cards.createIndex('by-stage-due', ['suspended', 'stage', 'srs.due']);
		cards.createIndex('by-priority', 'priority');
		const logs = tx.objectStore('reviewLogs');
		if (oldVersion >= 1) logs.deleteIndex('by-deck' as never);
		logs.createIndex('by-deck-time', ['deckId', 'reviewedAt']);
		db.createObjectStore('reviewDays', { keyPath: ['deckId', 'start'] });
	}
	// Only requests on the upgrade transaction are awaited, so it stays open until the rewrites are done.
	void (async () => {
		if (oldVersion >= 1 && oldVersion < 3) await rewriteDecksAndCards(tx, oldVersion);
		if (oldVersion >= 1 && oldVersion < 4) await toVersion4(tx);
	})();
}
