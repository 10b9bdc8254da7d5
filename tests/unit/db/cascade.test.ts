import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteCard, deleteDeck, exportAllStores, saveDeck } from '../../../src/lib/db/index.ts';
import type { Card, Deck } from '../../../src/lib/deck/model.ts';
import v3 from '../../fixtures/db/v3.json' with { type: 'json' };
import { createDatabaseAt, type Fixture } from './database-at.ts';
import { resetDatabase } from './fake-idb.ts';

const fixture: Fixture = v3;
const stores = v3.stores as unknown as Awaited<ReturnType<typeof exportAllStores>>;
const SAHEL = 'sahel-alliance';

beforeEach(async () => {
	await resetDatabase();
	await createDatabaseAt(fixture);
});

describe('deleteDeck', () => {
	it('deletes the deck with its cards, review logs and quiz attempts, and nothing else', async () => {
		await deleteDeck(SAHEL);
		const other = ({ deckId }: { deckId: string }) => deckId !== SAHEL;
		expect(await exportAllStores()).toEqual({
			decks: stores.decks.filter((deck) => deck.id !== SAHEL),
			cards: stores.cards.filter(other),
			reviewLogs: stores.reviewLogs.filter(other),
			quizAttempts: stores.quizAttempts.filter(other),
			settings: stores.settings,
			// A shared quiz's class results outlive the deck it was made from.
			sharedQuizzes: stores.sharedQuizzes
		});
	});
});

describe('deleteCard', () => {
	it('deletes the card and its review logs, and nothing else', async () => {
		const id = 'c-2c55aa9e';
		expect(stores.reviewLogs.filter((log) => log.cardId === id)).toHaveLength(4);
		await deleteCard(id);
		expect(await exportAllStores()).toEqual({
			...stores,
			cards: stores.cards.filter((card) => card.id !== id),
			reviewLogs: stores.reviewLogs.filter((log) => log.cardId !== id)
		});
	});
});

describe('saveDeck', () => {
	it('deletes the review logs of cards that left the deck and keeps the others', async () => {
		const deck = stores.decks.find((d) => d.id === SAHEL) as Deck;
		const cards = stores.cards.filter((card) => card.deckId === SAHEL);
		const leaving = 'c-0b7e41a2';
		await saveDeck(
			deck,
			cards.filter((card: Card) => card.id !== leaving)
		);
		expect(await exportAllStores()).toEqual({
			...stores,
			cards: stores.cards.filter((card) => card.id !== leaving),
			reviewLogs: stores.reviewLogs.filter((log) => log.cardId !== leaving)
		});
	});
});
