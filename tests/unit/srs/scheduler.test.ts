import { describe, expect, test } from 'vitest';
import type { Card, Rating } from '../../../src/lib/deck/model.ts';
import { Scheduler, SchedulerSettingsError, fromFsrsCard, toFsrsCard } from '../../../src/lib/srs/index.ts';
import { DAY, MINUTE, card, reviewCard } from './helpers.ts';

const T0 = Date.UTC(2025, 0, 15, 10);
const fixed = (settings = {}) => new Scheduler({ enableFuzz: false, ...settings }, () => T0);
const intervals = (scheduler: Scheduler, c: Card, now = T0) => {
	const preview = scheduler.preview(c, now);
	return ([1, 2, 3, 4] as const).map((rating) => preview[rating].intervalMs);
};

/** Rates in turn, each at the moment the card falls due; returns every intermediate card. */
function rateInTurn(scheduler: Scheduler, start: Card, ratings: Rating[]): Card[] {
	const seen: Card[] = [];
	let current = start;
	let now = T0;
	for (const rating of ratings) {
		current = scheduler.rate(current, rating, now).card;
		seen.push(current);
		now = current.srs.due;
	}
	return seen;
}

describe('Scheduler', () => {
	test('a new card: Again, Hard and Good stay in learning steps, Easy graduates', () => {
		expect(intervals(fixed(), card('a', { due: T0 }))).toEqual([
			1 * MINUTE,
			6 * MINUTE,
			10 * MINUTE,
			8 * DAY
		]);
		expect(fixed().preview(card('a', { due: T0 }))[4].srs.state).toBe(2);
	});

	test('learning steps: Again → 1m, Good → 10m, Good again graduates to review', () => {
		const [again, good, graduated] = rateInTurn(fixed(), card('a', { due: T0 }), [1, 3, 3]);
		expect(again!.srs).toMatchObject({ state: 1, due: T0 + MINUTE, learningSteps: 0, reps: 1 });
		expect(good!.srs).toMatchObject({ state: 1, due: T0 + 11 * MINUTE, learningSteps: 1, reps: 2 });
		expect(graduated!.srs).toMatchObject({ state: 2, scheduledDays: 1, reps: 3, lapses: 0 });
		expect(graduated!.srs.due).toBe(good!.srs.due + 1 * DAY);
	});

	test('relearning after a lapse: Again on a review card → 10m relearning step, then back to review', () => {
		const [, , lapse, relearnt] = rateInTurn(fixed(), card('a', { due: T0 }), [3, 3, 1, 3]);
		expect(lapse!.srs).toMatchObject({ state: 3, lapses: 1, scheduledDays: 0 });
		expect(lapse!.srs.due - lapse!.srs.lastReview!).toBe(10 * MINUTE);
		expect(relearnt!.srs).toMatchObject({ state: 2, lapses: 1 });
		expect(relearnt!.srs.scheduledDays).toBeGreaterThanOrEqual(1);
	});

	test('rate returns the new card, the log of the state before, and the previous state', () => {
		const before = card('a', { due: T0 - DAY }, { deckId: 'd1' });
		const result = fixed().rate(before, 4, T0, 4200);
		expect(result.previous).toBe(before.srs);
		expect(result.card).toEqual({ ...before, updatedAt: T0, srs: fixed().preview(before)[4].srs });
		expect(result.log).toEqual({
			id: `a:${T0}`,
			cardId: 'a',
			deckId: 'd1',
			rating: 4,
			state: 0,
			due: T0 - DAY,
			stability: 0,
			difficulty: 0,
			elapsedDays: 0,
			scheduledDays: 0,
			reviewedAt: T0,
			durationMs: 4200
		});
	});

	test('the injected clock is used when no time is given', () => {
		const result = fixed().rate(card('a'), 3);
		expect([result.log.reviewedAt, result.card.updatedAt, result.card.srs.lastReview]).toEqual([T0, T0, T0]);
	});

	test('undo round trip gives back the exact previous state and names the log to delete', () => {
		const scheduler = fixed();
		const original = reviewCard('a', T0 - DAY, 7);
		const result = scheduler.rate(original, 1, T0, 900);
		const undone = scheduler.undo(result, T0 + 5000);
		expect(undone.card.srs).toStrictEqual(original.srs);
		expect(undone.card).toStrictEqual({ ...original, updatedAt: T0 + 5000 });
		expect(undone.deleteLogId).toBe(result.log.id);
	});

	test('a new card round trip keeps lastReview absent after undo', () => {
		const original = card('n', { due: T0 });
		const undone = fixed().undo(fixed().rate(original, 3, T0));
		expect('lastReview' in undone.card.srs).toBe(false);
	});

	test('desired retention changes future intervals only', () => {
		const stored = reviewCard('a', T0, 10);
		const snapshot = structuredClone(stored);
		const good = (retention: number) => fixed({ desiredRetention: retention }).preview(stored)[3].intervalMs;
		expect(good(0.8)).toBeGreaterThan(good(0.9));
		expect(good(0.97)).toBeLessThan(good(0.9));
		expect(stored).toEqual(snapshot);
	});

	test('the maximum interval is respected', () => {
		const scheduler = fixed({ maximumIntervalDays: 3 });
		expect(scheduler.preview(card('a'), T0)[4].intervalMs).toBe(3 * DAY);
		const cards = rateInTurn(scheduler, card('a', { due: T0 }), [4, 4, 3, 4, 4]);
		expect(Math.max(...cards.map((c) => c.srs.scheduledDays))).toBe(3);
	});

	test('regression: ts-fsrs keeping Hard < Good < Easy pushed Good and Easy past the maximum interval', () => {
		const scheduler = fixed({ maximumIntervalDays: 3 });
		const preview = scheduler.preview(reviewCard('a', T0, 3));
		expect([2, 3, 4].map((rating) => preview[rating as Rating].srs.scheduledDays)).toEqual([3, 3, 3]);
		expect(preview[4].intervalMs).toBe(3 * DAY);
	});

	test('with fuzz on, the interval a button shows is the one the rating gives, whenever it is pressed', () => {
		const scheduler = new Scheduler({}, () => T0);
		const due = reviewCard('fuzzy', T0, 30);
		const shown = scheduler.preview(due, T0)[3].srs.scheduledDays;
		const given = scheduler.rate(due, 3, T0 + 7 * MINUTE).card.srs.scheduledDays;
		expect(given).toBe(shown);
	});

	test('settings outside their range are rejected with SchedulerSettingsError', () => {
		expect(() => new Scheduler({ desiredRetention: 0.6 })).toThrow(SchedulerSettingsError);
		expect(() => new Scheduler({ desiredRetention: 0.98 })).toThrow(SchedulerSettingsError);
		expect(() => new Scheduler({ maximumIntervalDays: 0 })).toThrow(SchedulerSettingsError);
		expect(() => new Scheduler({ learningSteps: ['1x' as '1m'] })).toThrow(SchedulerSettingsError);
		expect(new Scheduler({ desiredRetention: 0.7 }).settings.desiredRetention).toBe(0.7);
		expect(new Scheduler({ desiredRetention: 0.97 }).settings).toMatchObject({
			desiredRetention: 0.97,
			maximumIntervalDays: 36500,
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m'],
			enableFuzz: true
		});
	});

	test('flat state and ts-fsrs card convert both ways without loss', () => {
		const srs = reviewCard('a', T0, 12).srs;
		expect(fromFsrsCard(toFsrsCard(srs))).toStrictEqual(srs);
		expect(toFsrsCard(srs).due).toEqual(new Date(T0));
	});
});
