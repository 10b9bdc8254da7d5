import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEFAULT_DECK, openLibrary, serviceWorkerReady } from './support/app.ts';
import type { SharedQuiz } from '../../src/lib/quiz/model.ts';
import { decodeResult, encodeQuiz, readAnswers } from '../../src/lib/share/index.ts';
import { answer, answerAnything } from './support/quiz.ts';
import { StaticServer } from './support/static-server.ts';
import { storedIn } from './support/stored.ts';
import { BUILD_PATH, E2E_PORT } from '../../scripts/builds.js';

const UPDATE_PORT = E2E_PORT + 13;
const studyUrl = `/study?deck=${encodeURIComponent(DEFAULT_DECK.id)}`;
const quizUrl = `/quiz?deck=${encodeURIComponent(DEFAULT_DECK.id)}`;
const STALE = 'This card was studied in another tab; its progress there is kept.';

interface StoredLog {
	id: string;
	cardId: string;
	reviewedAt: number;
}
interface StoredCard {
	id: string;
	srs: { reps: number; lastReview?: number };
}
interface StoredAttempt {
	id: string;
	finishedAt?: number;
	answers: { cardId: string; given: string }[];
	total: number;
}

const logs = async (page: Page) => (await storedIn(page, 'log')) as StoredLog[];
const cards = async (page: Page) => (await storedIn(page, 'card')) as StoredCard[];
const attempts = async (page: Page) => (await storedIn(page, 'quizattempt')) as StoredAttempt[];
const prompt = (page: Page) => page.locator('#study-prompt');
const showAnswer = (page: Page) => page.getByRole('button', { name: 'Show answer' });
const ratings = (page: Page) => page.getByRole('group', { name: 'How well did you remember?' });
const question = (page: Page) => page.getByRole('heading', { level: 2 });

async function openStudy(page: Page, url = studyUrl): Promise<void> {
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1, name: `Study: ${DEFAULT_DECK.title}` })).toBeVisible();
	await expect(showAnswer(page)).toBeVisible();
}

/** Shows the answer and rates Good; returns the prompt rated and whether the tab was told another tab got there first. */
async function rateGood(page: Page): Promise<{ prompt: string; stale: boolean }> {
	await expect(showAnswer(page)).toBeVisible();
	const text = (await prompt(page).textContent()) ?? '';
	await page.keyboard.press('Space');
	await expect(ratings(page)).toBeVisible();
	await page.keyboard.press('3');
	await expect(ratings(page)).toBeHidden();
	const stale = (await page.getByRole('status').filter({ hasText: STALE }).count()) > 0;
	return { prompt: text, stale };
}

/** Every log belongs to a card whose state is the outcome of its latest log; no log twice. */
async function expectConsistent(page: Page, expectedLogs: number): Promise<void> {
	const [stored, all] = await Promise.all([logs(page), cards(page)]);
	expect(stored).toHaveLength(expectedLogs);
	expect(new Set(stored.map((log) => log.id)).size).toBe(expectedLogs);
	for (const card of all.filter((c) => c.srs.reps > 0 || stored.some((log) => log.cardId === c.id))) {
		const own = stored.filter((log) => log.cardId === card.id);
		expect(card.srs.reps).toBe(own.length);
		expect(card.srs.lastReview).toBe(Math.max(...own.map((log) => log.reviewedAt)));
	}
}

/** Closes the tab and opens the page again in a new one (same browser profile). */
async function reopen(context: BrowserContext, page: Page, url: string): Promise<Page> {
	await page.close();
	const next = await context.newPage();
	await next.goto(url);
	return next;
}

test('reloading or closing the page mid-session keeps every rating, and the session goes on', async ({
	context,
	page
}) => {
	await openLibrary(page);
	await openStudy(page);
	const rated: string[] = [];
	for (let i = 0; i < 3; i++) rated.push((await rateGood(page)).prompt);
	// Written before the next card showed: no waiting needed.
	await expectConsistent(page, 3);

	await page.reload();
	await openStudy(page);
	await expectConsistent(page, 3);
	expect(rated).not.toContain(await prompt(page).textContent());
	for (let i = 0; i < 2; i++) rated.push((await rateGood(page)).prompt);

	const next = await reopen(context, page, studyUrl);
	await openStudy(next);
	await expectConsistent(next, 5);
	expect(rated).not.toContain(await prompt(next).textContent());
	expect((await cards(next)).filter((card) => card.srs.reps === 1)).toHaveLength(5);
	await rateGood(next);
	await expectConsistent(next, 6);
});

test('reloading or closing the page mid-quiz keeps every answer, and the quiz resumes', async ({
	context,
	page
}) => {
	await openLibrary(page);
	await page.goto(quizUrl);
	await page.getByRole('radio', { name: 'At the end' }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	for (let n = 1; n <= 3; n++) {
		await answerAnything(page, n);
	}
	await expect(page.getByText('4 / 10', { exact: true })).toBeVisible();
	const fourth = await question(page).textContent();
	const [saved] = await attempts(page);
	expect(saved?.answers).toHaveLength(3);
	expect(saved?.finishedAt).toBeUndefined();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Unfinished quiz' })).toBeVisible();
	await expect(page.getByText(/You answered 3 of 10 questions/)).toBeVisible();
	await page.getByRole('button', { name: 'Resume quiz' }).click();
	await expect(page.getByText('4 / 10', { exact: true })).toBeVisible();
	await expect(question(page)).toHaveText(fourth ?? '');
	for (let n = 4; n <= 5; n++) await answerAnything(page, n);
	await expect(page.getByText('6 / 10', { exact: true })).toBeVisible();

	const next = await reopen(context, page, quizUrl);
	await next.getByRole('button', { name: 'Resume quiz' }).click();
	await expect(next.getByText('6 / 10', { exact: true })).toBeVisible();
	const [resumed] = await attempts(next);
	expect(resumed?.answers.slice(0, 3)).toEqual(saved?.answers);
	for (let n = 6; n <= 10; n++) await answerAnything(next, n);

	await expect(next.getByRole('heading', { level: 2, name: 'Results' })).toBeVisible();
	await expect(next.getByRole('listitem').filter({ hasText: 'Your answer:' })).toHaveCount(10);
	const [finished, ...others] = await attempts(next);
	expect(others).toEqual([]);
	expect(finished?.id).toBe(saved?.id);
	expect(finished?.answers).toHaveLength(10);
	expect(finished?.finishedAt).toEqual(expect.any(Number));

	// The history counts finished quizzes; one left unfinished can be dropped for a new one.
	await next.getByRole('button', { name: 'New quiz' }).click();
	await next.getByRole('button', { name: 'Start quiz' }).click();
	await answerAnything(next, 1);
	await expect(next.getByText('2 / 10', { exact: true })).toBeVisible();
	await next.reload();
	await next.getByRole('button', { name: 'Start a new quiz' }).click();
	await expect(next.getByRole('button', { name: 'Start quiz' })).toBeVisible();
	expect(await attempts(next)).toEqual([finished]);
	await next.goto(`/deck?id=${DEFAULT_DECK.id}`);
	await expect(next.getByRole('heading', { level: 2, name: 'Quiz history' })).toBeVisible();
	await expect(next.getByRole('region', { name: 'Quiz history' }).getByRole('listitem')).toHaveCount(1);
});

const classQuiz: SharedQuiz = {
	title: 'Sahel quiz',
	options: { feedback: 'end' },
	questions: [
		{
			kind: 'mcq',
			prompt: 'Which city is the capital of Mali?',
			answer: 'Bamako',
			choices: ['Niamey', 'Bamako', 'Dakar', 'Accra'],
			evidence: 'Bamako is the capital of Mali.'
		},
		{
			kind: 'truefalse',
			prompt: 'True or false: the charter was signed in Accra.',
			answer: 'False',
			choices: ['True', 'False'],
			evidence: 'The charter was signed in Bamako.'
		},
		{
			kind: 'short',
			prompt: 'Which country lies east of Mali?',
			answer: 'Niger',
			evidence: 'Niger lies east of Mali.'
		},
		{
			kind: 'mcq',
			prompt: 'Which alliance did they form?',
			answer: 'Alliance of Sahel States',
			choices: ['Alliance of Sahel States', 'ECOWAS', 'African Union', 'G5 Sahel'],
			evidence: 'They formed the Alliance of Sahel States.'
		}
	]
};

test('a student’s shared quiz resumes after a reload, and the result code holds every answer', async ({
	page
}) => {
	const { code } = await encodeQuiz(classQuiz);
	await page.goto(`/play#${code}`);
	await expect(page.getByRole('heading', { level: 1, name: classQuiz.title })).toBeVisible();
	const name = page.getByRole('textbox', { name: 'Your name (optional)' });
	await name.fill('Ada');
	await page.getByRole('button', { name: 'Start' }).click();
	const [first, second, third, fourth] = classQuiz.questions;
	await answer(page, first!, true);
	await answer(page, second!, false);
	await expect(page.getByRole('heading', { level: 2, name: third!.prompt })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Unfinished quiz' })).toBeVisible();
	await expect(page.getByText(/You answered 2 of 4 questions/)).toBeVisible();
	// The name typed before the reload is kept (the teacher got "(no name)").
	await expect(name).toHaveValue('Ada');
	await page.getByRole('button', { name: 'Resume quiz' }).click();
	await answer(page, third!, true);
	await answer(page, fourth!, true);

	await expect(page.getByText('3 of 4 correct')).toBeVisible();
	const result = decodeResult(await page.getByRole('textbox', { name: 'Result code' }).inputValue());
	const given = ['Bamako', 'True', 'Niger', 'Alliance of Sahel States'];
	expect({ name: result.name, answers: readAnswers(classQuiz.questions, result.answers) }).toEqual({
		name: 'Ada',
		answers: given
	});
	const stored = await attempts(page);
	expect(stored).toHaveLength(1);
	expect(stored[0]?.answers.map((a) => a.given)).toEqual(given);
	expect(stored[0]?.finishedAt).toEqual(expect.any(Number));
});

/** Marks the page's JavaScript context: a reload wipes the mark. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { factdeckTestMark: true }));
const isMarked = (page: Page) => page.evaluate(() => 'factdeckTestMark' in window);

test('a new version deployed mid-session reloads nothing; ratings go on being saved and the session resumes', async ({
	page
}) => {
	test.setTimeout(90_000);
	const server = new StaticServer(BUILD_PATH, UPDATE_PORT);
	await server.start();
	try {
		await page.goto(`${server.url}/`);
		await expect(page.getByRole('link', { name: DEFAULT_DECK.title })).toBeVisible();
		await serviceWorkerReady(page);
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		await openStudy(page, `${server.url}${studyUrl}`);
		await mark(page);
		for (let i = 0; i < 2; i++) await rateGood(page);

		server.deployNewVersion();
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
		await expect(prompt).toBeVisible();
		await expect
			.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting))
			.toBe(true);
		expect(await isMarked(page)).toBe(true);

		for (let i = 0; i < 2; i++) await rateGood(page);
		await expectConsistent(page, 4);
		expect(await isMarked(page)).toBe(true);

		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect.poll(() => isMarked(page).catch(() => true)).toBe(false);
		await openStudy(page, page.url());
		await expectConsistent(page, 4);
		await expect(page.getByLabel('Cards to study')).toHaveText(/Learning\s*4/);
		await rateGood(page);
		await expectConsistent(page, 5);
	} finally {
		await server.stop();
	}
});

test('two tabs studying the same deck never duplicate, lose or roll back a review', async ({
	context,
	page
}) => {
	await openLibrary(page);
	const other = await context.newPage();
	await Promise.all([openStudy(page), openStudy(other)]);
	const tabs = [page, other];
	let saved = 0;
	let stale = 0;
	let same = 0;
	let before = new Map<string, StoredCard['srs']>();
	for (let step = 0; step < 8; step++) {
		const tab = tabs[step % 2] as Page;
		const elsewhere = tabs[(step + 1) % 2] as Page;
		if ((await prompt(tab).textContent()) === (await prompt(elsewhere).textContent())) same++;
		const outcome = await rateGood(tab);
		if (outcome.stale) stale++;
		else saved++;
		await expectConsistent(tab, saved);
		const now = new Map((await cards(tab)).map((card) => [card.id, card.srs]));
		for (const [id, srs] of before) {
			expect(now.get(id)?.reps).toBeGreaterThanOrEqual(srs.reps);
			expect(now.get(id)?.lastReview ?? 0).toBeGreaterThanOrEqual(srs.lastReview ?? 0);
		}
		before = now;
	}
	// The same card was on both screens and rated in both: one review was kept, the other tab was told.
	expect(same).toBeGreaterThan(0);
	expect(stale).toBeGreaterThan(0);
	expect(saved + stale).toBe(8);
});
