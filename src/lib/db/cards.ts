import type { Card } from '../deck/model.ts';
import { recountDays } from './review-days.ts';
import { fromStoredCards, toStoredCard } from './stored-card.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';

/** A deck's cards, in id order. */
export async function listCards(deckId: string): Promise<Card[]> {
	return fromStoredCards(
		await readTx(['cards'], (tx) => tx.objectStore('cards').index('by-deck').getAll(deckId))
	);
}

export function putCard(card: Card): Promise<void> {
	return writeTx(['cards'], async (tx) => {
		await tx.objectStore('cards').put(toStoredCard(card));
	});
}

/** Deletes a card and its review logs. */
export function deleteCard(id: string): Promise<void> {
	return writeTx(['cards', 'reviewLogs', 'reviewDays'], async (tx) => {
		const logs = tx.objectStore('reviewLogs');
		const cardLogs = await logs.index('by-card').getAll(id);
		await issueAll([
			() => tx.objectStore('cards').delete(id),
			...cardLogs.map((log) => () => logs.delete(log.id))
		]);
		await recountDays({ reviewLogs: logs, reviewDays: tx.objectStore('reviewDays') }, cardLogs);
	});
}
