import { expect, test } from '@playwright/test';
import { decodeQuiz, encodeQuiz } from '../../src/lib/share/index.ts';
import type { SharedQuiz } from '../../src/lib/quiz/model.ts';
import { DEFAULT_DECK, openLibrary, serviceWorkerReady } from './support/app.ts';
import { PreviewServer } from './support/preview-server.ts';
import { answer } from './support/quiz.ts';
import { storedIn } from './support/stored.ts';

// Its own server, so the offline test can stop it (offline.spec.ts uses 4180).
const OFFLINE_PORT = Number(process.env.E2E_PORT ?? 4173) + 17;

const percent = (right: boolean) => (right ? '100%' : '0%');

test('a class quiz: the teacher shares a link, a student with no data takes it, the teacher counts the code', async ({
	page,
	browser
}) => {
	await openLibrary(page);
	await page.goto(`/share?deck=${DEFAULT_DECK.id}`);
	await expect(page.getByText('The link contains the questions and the answers')).toBeVisible();
	await expect(page.getByText('10 selected')).toBeVisible();
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();
	// One QR code at level M; the longest 10 of this deck measure about 1,650 (tests/unit/share/link.test.ts).
	expect(link.length).toBeLessThanOrEqual(1_800);
	const { quiz } = await decodeQuiz(new URL(link).hash);
	expect(quiz.questions).toHaveLength(10);

	const student = await browser.newContext();
	const play = await student.newPage();
	await play.goto(link);
	await expect(play.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();
	await expect(play.getByText(`Source: ${DEFAULT_DECK.attribution}`)).toBeVisible();
	await play.getByRole('textbox', { name: 'Your name (optional)' }).fill('Ada Lovelace');
	await play.getByRole('button', { name: 'Start' }).click();
	// Right on odd questions, wrong on even ones: 5 of 10.
	const right = quiz.questions.map((_, i) => i % 2 === 0);
	for (const [i, question] of quiz.questions.entries()) await answer(play, question, right[i] ?? false);
	await expect(play.getByRole('heading', { level: 2, name: 'Your result code' })).toBeVisible();
	const code = await play.getByRole('textbox', { name: 'Result code' }).inputValue();
	expect(code.length).toBeLessThanOrEqual(120);
	await expect(play.getByText('5 of 10 correct')).toBeVisible();
	expect(await storedIn(play, 'deck')).toContainEqual(
		expect.objectContaining({ origin: 'shared', title: quiz.title })
	);
	await student.close();

	await page.getByRole('link', { name: 'Class results' }).click();
	const codes = page.getByRole('textbox', { name: 'Result codes' });
	await codes.fill(`${code}\n${code}`);
	await page.getByRole('button', { name: 'Add' }).click();
	await expect(page.getByText('Added Ada Lovelace.')).toBeVisible();
	await expect(page.getByText('Ada Lovelace is already counted: not counted twice.')).toBeVisible();
	await expect(page.getByRole('row', { name: 'Ada Lovelace 5 / 10' })).toBeVisible();
	for (const [i, question] of quiz.questions.entries()) {
		const row = page.getByRole('row').filter({ hasText: question.prompt });
		await expect(row).toContainText(percent(right[i] ?? false));
	}
	await expect(page.getByRole('heading', { level: 2, name: 'Most missed' })).toBeVisible();

	const other = await encodeQuiz({ ...quiz, title: 'Another quiz' });
	expect(other.quizId).not.toBe(new URL(link).hash);
	await codes.fill(code.slice(0, -3));
	await page.getByRole('button', { name: 'Add' }).click();
	await expect(page.getByText('That code is incomplete — ask the student to send it again.')).toBeVisible();
	await expect(page.getByRole('row', { name: /5 \/ 10/ })).toHaveCount(1);
});

test('a damaged quiz link gets a clear message', async ({ page }) => {
	await page.goto('/play#AQIDBAUGBwgJCgsMDQ4P');
	await expect(
		page.getByRole('heading', { name: 'This quiz link is incomplete — ask your teacher to send it again.' })
	).toBeVisible();
});

const HOSTILE = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const hostile: SharedQuiz = {
	title: `Quiz ${SCRIPT}`,
	attribution: HOSTILE,
	options: { feedback: 'end' },
	questions: [
		{
			kind: 'mcq',
			prompt: `Which tag is ${HOSTILE}?`,
			answer: SCRIPT,
			choices: [SCRIPT, HOSTILE, 'plain', '<b>bold</b>'],
			evidence: `It was ${SCRIPT} all along.`
		},
		{ kind: 'short', prompt: `Type ${SCRIPT}`, answer: HOSTILE, evidence: `Said ${HOSTILE}.` }
	]
};

test('a link full of markup shows it as text, runs nothing and adds no element', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const { code } = await encodeQuiz(hostile);
	await page.goto(`/play#${code}`);
	await expect(page.getByRole('heading', { level: 1, name: hostile.title })).toBeVisible();
	await expect(page.getByText(`Source: ${HOSTILE}`)).toBeVisible();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('radio', { name: HOSTILE })).toBeVisible();
	await answer(page, hostile.questions[0]!, true);
	await answer(page, hostile.questions[1]!, false);
	await expect(page.getByText(`It was ${SCRIPT} all along.`)).toBeVisible();

	const injected = await page.evaluate(() => ({
		images: document.querySelectorAll('main img, img[src="x"]').length,
		scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert')).length,
		bold: document.querySelectorAll('main b').length
	}));
	expect(injected).toEqual({ images: 0, scripts: 0, bold: 0 });
	expect(dialogs).toEqual([]);
});

test('a share link opens with the server stopped once the app was loaded', async ({ context, page }) => {
	test.skip(test.info().project.name !== 'phone', 'Starts its own server: once is enough.');
	test.setTimeout(60_000);
	const server = new PreviewServer(OFFLINE_PORT);
	await server.start();
	try {
		await page.goto(`${server.url}/`);
		await expect(page.getByRole('link', { name: DEFAULT_DECK.title })).toBeVisible();
		await serviceWorkerReady(page);
		await page.reload();
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

		await server.stop();
		await expect(fetch(server.url)).rejects.toThrow();
		await context.setOffline(true);

		const { code } = await encodeQuiz({ ...hostile, title: 'Offline quiz', attribution: 'Teacher' });
		const play = await context.newPage();
		await play.goto(`${server.url}/play#${code}`);
		await expect(play.getByRole('heading', { level: 1, name: 'Offline quiz' })).toBeVisible();
		await play.getByRole('button', { name: 'Start' }).click();
		await answer(play, hostile.questions[0]!, true);
		await answer(play, hostile.questions[1]!, true);
		await expect(play.getByRole('textbox', { name: 'Result code' })).not.toHaveValue('');
	} finally {
		await server.stop();
	}
});
