import type { Card } from '../deck/model.ts';
import { issueAll, readTx, writeTx } from './transactions.ts';

/** A deck's cards, in id order. */
export function listCards(deckId: string): Promise<Card[]> {
	return readTx(['cards'], (tx) => tx.objectStore('cards').index('by-deck').getAll(deckId));
}

export function putCard(card: Card): Promise<void> {
	return writeTx(['cards'], async (tx) => {
		await tx.objectStore('cards').put(card);
	});
}

/** Deletes a card and its review logs. */
export function deleteCard(id: string): Promise<void> {
	return writeTx(['cards', 'reviewLogs'], async (tx) => {
		const logs = tx.objectStore('reviewLogs');
		const logIds = await logs.index('by-card').getAllKeys(id);
		await issueAll([
			() => tx.objectStore('cards').delete(id),
			...logIds.map((key) => () => logs.delete(key))
		]);
	});
}
