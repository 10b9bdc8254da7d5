/**
 * Checks across records: ids said once per store, no review after the backup was made, and cards, logs and quiz
 * attempts whose deck or card is there.
 */
import type { StoreName } from '../db/index.ts';
import { BackupError } from './errors.ts';
import type { BackupStores } from './format.ts';

export type LeftOut = Partial<Record<StoreName, number>>;

/** Refuses a backup that holds two records of one store under the same id: which one was meant is unknown. */
function refuseDuplicates(stores: BackupStores): void {
	for (const [store, records] of Object.entries(stores) as [StoreName, { id: string }[]][]) {
		const seen = new Set<string>();
		records.forEach((record, index) => {
			if (seen.has(record.id))
				throw new BackupError('duplicate', `${store}: "${record.id}" twice`, { store, index, field: 'id' });
			seen.add(record.id);
		});
	}
}

/**
 * Refuses reviews after the backup was made (by the clock that made both): the scheduler cannot rate a card last
 * reviewed in its future, so such a card would come back after every rating.
 */
function refuseFutureReviews(stores: BackupStores, exportedAt: number): void {
	const late = (store: StoreName, field: string, times: (number | undefined)[]) => {
		const index = times.findIndex((time) => time !== undefined && time > exportedAt);
		if (index >= 0)
			throw new BackupError('damaged', `${store}.${index}.${field}: after the backup was made`, {
				store,
				index,
				field
			});
	};
	late(
		'cards',
		'srs.lastReview',
		(stores.cards ?? []).map((card) => card.srs.lastReview)
	);
	late(
		'reviewLogs',
		'reviewedAt',
		(stores.reviewLogs ?? []).map((log) => log.reviewedAt)
	);
}

/**
 * Leaves out what the app could never show: cards whose deck is not in the backup, review logs whose card is not
 * (or is in another deck), quiz attempts whose deck is not. Shared quizzes keep their results when their deck is
 * deleted, so they stay. Linear in the number of records.
 */
export function checkReferences(
	stores: BackupStores,
	exportedAt: number
): { stores: BackupStores; leftOut: LeftOut } {
	refuseDuplicates(stores);
	refuseFutureReviews(stores, exportedAt);
	const decks = new Set((stores.decks ?? []).map((deck) => deck.id));
	const leftOut: LeftOut = {};
	const keep = <T>(store: StoreName, records: T[] | undefined, shown: (record: T) => boolean) => {
		if (!records) return undefined;
		const kept = records.filter(shown);
		if (kept.length < records.length) leftOut[store] = records.length - kept.length;
		return kept;
	};
	const cards = keep('cards', stores.cards, (card) => decks.has(card.deckId));
	const deckOfCard = new Map((cards ?? []).map((card) => [card.id, card.deckId]));
	const checked: BackupStores = {
		...stores,
		...(cards && { cards }),
		...(stores.reviewLogs && {
			reviewLogs: keep('reviewLogs', stores.reviewLogs, (log) => deckOfCard.get(log.cardId) === log.deckId)
		}),
		...(stores.quizAttempts && {
			quizAttempts: keep('quizAttempts', stores.quizAttempts, (attempt) => decks.has(attempt.deckId))
		})
	};
	return { stores: checked, leftOut };
}

/** How many keys of `input` are not in `output`, at any depth: the fields a schema dropped. */
export function droppedFields(input: unknown, output: unknown): number {
	if (Array.isArray(input) && Array.isArray(output)) {
		let n = 0;
		for (let i = 0; i < input.length; i++) n += droppedFields(input[i], output[i]);
		return n;
	}
	if (!isRecord(input) || !isRecord(output)) return 0;
	let n = 0;
	for (const key of Object.keys(input)) {
		n += Object.hasOwn(output, key) ? droppedFields(input[key], output[key]) : 1;
	}
	return n;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
