// The large collection the Chromium benches study and restore: 10,000 cards in ten decks and 100,000 review logs
// over the past year, as a Factdeck backup file. A fixed pseudo-random sequence, so every run measures the same data.
import { createBackup } from '../src/lib/backup/format.ts';
import type { Card, Deck, ReviewLog } from '../src/lib/deck/model.ts';

export const CARDS = 10_000;
export const LOGS = 100_000;
const DECKS = 10;
const DAY = 86_400_000;

export function collection(now: number): { decks: Deck[]; cards: Card[]; reviewLogs: ReviewLog[] } {
	let seed = 42;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const decks: Deck[] = Array.from({ length: DECKS }, (_, i) => ({
		id: `bench-${i}`,
		title: `Bench deck ${i}`,
		text: '',
		blocks: [],
		origin: 'user',
		createdAt: now,
		updatedAt: now
	}));
	const cards: Card[] = Array.from({ length: CARDS }, (_, i) => {
		const roll = random();
		const state = roll < 0.2 ? 0 : roll < 0.25 ? 1 : 2;
		const scheduledDays = state === 2 ? Math.ceil(random() * 90) : 0;
		const due = state === 0 ? now : now + Math.round((random() * 65 - 5) * DAY);
		return {
			id: `bench-card-${i}`,
			deckId: `bench-${i % DECKS}`,
			type: 'qa',
			prompt: `Question ${i}?`,
			answer: `Answer ${i}`,
			evidence: `Sentence ${i}.`,
			sibling: `bench-fact-${Math.floor(i / 2)}`,
			srs: {
				due,
				// A new card has no memory state yet (the backup schema holds the app to that).
				stability: state === 0 ? 0 : Math.max(1, scheduledDays),
				difficulty: state === 0 ? 0 : 5,
				elapsedDays: scheduledDays,
				scheduledDays,
				learningSteps: 0,
				reps: state === 0 ? 0 : 10,
				lapses: 0,
				state,
				// Never after the backup was made.
				...(state === 0 ? {} : { lastReview: Math.min(now, due - scheduledDays * DAY) })
			},
			suspended: false,
			createdAt: now - 365 * DAY,
			updatedAt: now
		};
	});
	const studied = cards.filter((card) => card.srs.state !== 0);
	const reviewLogs: ReviewLog[] = Array.from({ length: LOGS }, (_, i) => {
		const card = studied[i % studied.length]!;
		const reviewedAt = now - Math.round(random() * 365 * DAY);
		return {
			id: `${card.id}:${reviewedAt}:${i}`,
			cardId: card.id,
			deckId: card.deckId,
			rating: random() < 0.1 ? 1 : 3,
			state: random() < 0.8 ? 2 : 1,
			due: reviewedAt,
			stability: 10,
			difficulty: 5,
			elapsedDays: 5,
			scheduledDays: Math.ceil(random() * 60),
			reviewedAt,
			durationMs: 4000
		};
	});
	return { decks, cards, reviewLogs };
}

/** The collection as the text of a backup file. */
export function backupText(now: number): string {
	const { decks, cards, reviewLogs } = collection(now);
	const dump = { decks, cards, reviewLogs, quizAttempts: [], settings: [], sharedQuizzes: [] };
	return JSON.stringify(createBackup(dump, now));
}
