// Pinned before any Date is made: the day summaries follow the local time zone.
process.env.TZ = 'Europe/Paris';

import './fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	DB_VERSION,
	exportAllStores,
	getSettings,
	listReviewDays,
	STORE_NAMES
} from '../../../src/lib/db/index.ts';
import { fromStoredCard, type StoredCard } from '../../../src/lib/db/stored-card.ts';
import { summarizeLogs } from '../../../src/lib/srs/index.ts';
import v1 from '../../fixtures/db/v1.json' with { type: 'json' };
import v2 from '../../fixtures/db/v2.json' with { type: 'json' };
import v3 from '../../fixtures/db/v3.json' with { type: 'json' };
import v4 from '../../fixtures/db/v4.json' with { type: 'json' };
import type { Card, Deck, ReviewLog } from '../../../src/lib/deck/model.ts';
import { stableId } from '../../../src/lib/generate/hash.ts';
import { createDatabaseAt, readShape, type Fixture } from './database-at.ts';
import { resetDatabase } from './fake-idb.ts';
import { SCHEMAS } from './old-schemas.ts';

/** One line per released schema version: its dump, as committed in tests/fixtures/db. */
const FIXTURES: Fixture[] = [v1, v2, v3, v4];

beforeEach(resetDatabase);

describe('database upgrades', () => {
	it('has a fixture and a written-down schema for every version', () => {
		const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);
		expect(FIXTURES.map((fixture) => fixture.version)).toEqual(versions);
		expect(Object.keys(SCHEMAS).map(Number)).toEqual(versions);
	});

	it('creates the current schema in a new database', async () => {
		await getSettings();
		expect(await readShape()).toEqual(SCHEMAS[DB_VERSION]);
	});

	it.each(FIXTURES)('opens a version $version database keeping every record', async (fixture) => {
		await createDatabaseAt(fixture);
		// Stores added by later versions start empty; decks from before version 3 are stamped generator version 1
		// (the fixtures' card ids are not the generator's, so no card is marked `generated`: see below);
		// since version 4 cards are stored with `suspended` as 0/1 and a stage, and come out as before.
		const { reviewDays: _, ...stores } = fixture.stores;
		const empty = Object.fromEntries(STORE_NAMES.map((name) => [name, []]));
		const decks = (fixture.stores.decks as Deck[]).map((deck) =>
			fixture.version < 3 ? { ...deck, generatorVersion: 1 } : deck
		);
		const cards = fixture.stores.cards as (Card | StoredCard)[];
		const asCards = fixture.version < 4 ? cards : cards.map((card) => fromStoredCard(card as StoredCard));
		expect(await exportAllStores()).toEqual({ ...empty, ...stores, decks, cards: asCards });
		expect(await readShape()).toEqual(SCHEMAS[DB_VERSION]);
		// The day summaries are counted from the logs by the upgrade (or were already there).
		const logs = fixture.stores.reviewLogs as ReviewLog[];
		const inKeyOrder = summarizeLogs(logs).sort(
			(a, b) => a.deckId.localeCompare(b.deckId) || a.start - b.start
		);
		expect(await listReviewDays(undefined)).toEqual(inKeyOrder);
		expect(logs.length).toBeGreaterThan(0);
	});

	it('stamps no generator version on a deck from a link or a spreadsheet (no article text)', async () => {
		const decks = v2.stores.decks.map((deck, i) =>
			i === 0 ? { ...deck, origin: 'shared' } : { ...deck, text: '', blocks: [] }
		);
		await createDatabaseAt({ ...v2, stores: { ...v2.stores, decks } });
		const stored = (await exportAllStores()).decks;
		expect(stored.map((deck) => deck.generatorVersion)).toEqual([undefined, undefined]);
	});

	it('marks the cards still as the generator made them, not edited, hand-made or imported ones', async () => {
		const [sahel, user] = v2.stores.decks;
		const shared = { ...user!, id: 'shared-q', origin: 'shared' };
		const base = v2.stores.cards[0]!;
		const card = (deckId: string, id: string, change: Partial<Card> = {}) => ({
			...base,
			deckId,
			id,
			...change
		});
		const madeId = (deckId: string, c: Partial<Card>) =>
			stableId(deckId, c.type ?? base.type, c.evidence ?? base.evidence, c.answer ?? base.answer);
		const cards = [
			card(sahel!.id, madeId(sahel!.id, {})),
			// An answer edited since: the id no longer fits the card.
			card(sahel!.id, madeId(sahel!.id, {}) + 'x', { answer: 'Niamey' }),
			card(user!.id, madeId(user!.id, { type: 'qa' }), { type: 'qa', prompt: 'Where?' }),
			card(user!.id, '2f4a9c1e-8b7d-4e3a-9f10-6c5d4b3a2918', { type: 'qa' }),
			card(user!.id, stableId(user!.id, 'import', base.prompt, base.answer)),
			card(shared.id, madeId(shared.id, {}))
		];
		await createDatabaseAt({ ...v2, stores: { ...v2.stores, decks: [sahel!, user!, shared], cards } });
		const stored = new Map((await exportAllStores()).cards.map((c) => [c.id, c.generated]));
		expect(cards.map((c) => stored.get(c.id))).toEqual([
			true,
			undefined,
			true,
			undefined,
			undefined,
			undefined
		]);
	});
});
