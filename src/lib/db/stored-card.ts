/** Cards as the database stores them (version 4): IndexedDB cannot index booleans or computed values. */
import type { Card } from '../deck/model.ts';
import { stageOf, type Stage } from '../srs/stages.ts';

export interface StoredCard extends Omit<Card, 'suspended'> {
	suspended: 0 | 1;
	stage: Stage;
}

export function toStoredCard(card: Card): StoredCard {
	return { ...card, suspended: card.suspended ? 1 : 0, stage: stageOf(card.srs) };
}

export function fromStoredCard({ stage: _, suspended, ...card }: StoredCard): Card {
	return { ...card, suspended: suspended === 1 };
}

export const fromStoredCards = (records: StoredCard[]): Card[] => records.map(fromStoredCard);
