// Backup export and import for a large collection, in Node with fake-indexeddb (an in-memory IndexedDB written
// in JavaScript, so real browsers are faster; the figures are an upper bound and a regression guard).
// Installs IndexedDB's globals in Node; no other bench uses them.
import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import type { Card, Deck, ReviewLog } from '../src/lib/deck/model.ts';
import { ms } from './target.ts';

const DECKS = 20;
const CARDS = 10_000;
const LOGS = 100_000;
const NOW = Date.UTC(2025, 2, 10);
const DAY = 86_400_000;

function collection(): { decks: Deck[]; cards: Card[]; reviewLogs: ReviewLog[] } {
	const sentence =
		'The Liptako-Gourma charter binds the three states to assist one another against any attack.';
	const decks: Deck[] = Array.from({ length: DECKS }, (_, d) => ({
		id: `deck-${d}`,
		title: `Deck ${d}`,
		blocks: [{ kind: 'paragraph', sentences: Array(40).fill(sentence) }],
		text: Array(40).fill(sentence).join(' '),
		origin: 'user',
		createdAt: NOW - 90 * DAY,
		updatedAt: NOW - DAY
	}));
	const cards: Card[] = Array.from({ length: CARDS }, (_, i) => ({
		id: `card-${i}`,
		deckId: `deck-${i % DECKS}`,
		type: 'mcq',
		prompt: 'Which charter binds the three states to assist one another against any attack?',
		answer: 'Liptako-Gourma',
		choices: ['Liptako-Gourma', 'Lomé', 'Abuja', 'Niamey'],
		evidence: sentence,
		srs: {
			due: NOW + (i % 30) * DAY,
			stability: 12.5,
			difficulty: 5.2,
			elapsedDays: 7,
			scheduledDays: 12,
			learningSteps: 0,
			reps: 10,
			lapses: 1,
			state: 2,
			lastReview: NOW - (i % 7) * DAY
		},
		suspended: false,
		createdAt: NOW - 90 * DAY,
		updatedAt: NOW - DAY
	}));
	const reviewLogs: ReviewLog[] = Array.from({ length: LOGS }, (_, i) => ({
		id: `card-${i % CARDS}:${NOW - i * 60_000}`,
		cardId: `card-${i % CARDS}`,
		deckId: `deck-${(i % CARDS) % DECKS}`,
		rating: 3,
		state: 2,
		due: NOW - i * 60_000,
		stability: 10.1,
		difficulty: 5.3,
		elapsedDays: 6,
		scheduledDays: 10,
		reviewedAt: NOW - i * 60_000,
		durationMs: 5400
	}));
	return { decks, cards, reviewLogs };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const result = await run();
	return [result, performance.now() - start];
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function benchBackup(): Promise<void> {
	const db = await import('../src/lib/db/index.ts');
	const backup = await import('../src/lib/backup/index.ts');

	await db.replaceAllStores({ ...collection(), quizAttempts: [], settings: [] });
	const [{ text }, exportTime] = await timed(() => backup.exportBackup(NOW));
	const bytes = new TextEncoder().encode(text).length;
	const [parsed, parseTime] = await timed(async () => backup.parseBackup(text));
	await db.deleteAllData();
	const [, replaceTime] = await timed(() => backup.restoreBackup(parsed, 'replace'));
	const [, mergeTime] = await timed(() => backup.restoreBackup(parsed, 'merge'));

	console.log(`Collection: ${CARDS} cards in ${DECKS} decks, ${LOGS} review logs (Node, fake-indexeddb)`);
	console.log(`Backup file: ${mb(bytes)} (${mb(gzipSync(text).length)} gzipped)`);
	console.log(`Export (read every store + JSON): ${ms(exportTime)}`);
	console.log(`Check (JSON parse + schema): ${ms(parseTime)}`);
	console.log(`Restore, replace everything: ${ms(replaceTime)}`);
	console.log(`Restore, merge into the same data: ${ms(mergeTime)}`);
	await db.closeDb();
}
