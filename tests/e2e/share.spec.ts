import { expect, test } from '@playwright/test';
import { fromBase64Url, toBase32 } from '../../src/lib/share/bytes.ts';
import { decodeQuiz, encodeQuiz, encodeResult } from '../../src/lib/share/index.ts';
import { DEFAULT_DECK, openLibrary } from './support/app.ts';
import { answer, HOSTILE, hostile, SCRIPT } from './support/quiz.ts';
import { storedIn } from './support/stored.ts';

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
	// The link shows where the teacher is looking (the button is far down a phone's page), focused, ready to copy.
	const linkField = page.getByRole('textbox', { name: 'Quiz link' });
	await expect(linkField).toBeFocused();
	await expect(linkField).toBeInViewport();
	await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();
	const link = await linkField.inputValue();
	// One QR code at level M; the longest 10 of this deck measure about 1,500 (npm run bench).
	expect(link.length).toBeLessThanOrEqual(1_800);
	const { quiz, quizId } = await decodeQuiz(new URL(link).hash);
	expect(quiz.questions).toHaveLength(10);

	// The student scans the QR code: it holds the same bytes in base32 (what the QR code's alphanumeric mode packs
	// best), the same quiz with the same id, so the result code counts with the teacher's quiz.
	const scanned = `${link.split('#')[0]}#${toBase32(fromBase64Url(new URL(link).hash.slice(1)))}`;
	expect(await decodeQuiz(new URL(scanned).hash)).toEqual({ quiz, quizId });
	// The student's own browser, of the same size as the teacher's (a phone in the phone project).
	const { viewport, isMobile, hasTouch, deviceScaleFactor } = test.info().project.use;
	const student = await browser.newContext({
		viewport,
		isMobile,
		hasTouch,
		deviceScaleFactor,
		permissions: ['clipboard-read', 'clipboard-write']
	});
	const play = await student.newPage();
	await play.goto(scanned);
	await expect(play.getByRole('heading', { level: 1, name: DEFAULT_DECK.title })).toBeVisible();
	await expect(play.getByText(`Source: ${DEFAULT_DECK.attribution}`)).toBeVisible();
	await play.getByRole('textbox', { name: 'Your name (optional)' }).fill('Ada Lovelace');
	await play.getByRole('button', { name: 'Start' }).click();
	// Right on odd questions, wrong on even ones: 5 of 10.
	const right = quiz.questions.map((_, i) => i % 2 === 0);
	for (const [i, question] of quiz.questions.entries()) await answer(play, question, right[i] ?? false);
	// The last answer takes the student to the code to send back, focused, and one tap copies it.
	const resultHeading = play.getByRole('heading', { level: 2, name: 'Your result code' });
	await expect(resultHeading).toBeFocused();
	await expect(resultHeading).toBeInViewport();
	const code = await play.getByRole('textbox', { name: 'Result code' }).inputValue();
	await play.getByRole('button', { name: 'Copy code' }).click();
	await expect(play.getByText('Copied.')).toBeVisible();
	expect(await play.evaluate(() => navigator.clipboard.readText())).toBe(code);
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

test('a second result link opened in the same tab is counted at once, without a reload', async ({ page }) => {
	await openLibrary(page);
	await page.goto(`/share?deck=${DEFAULT_DECK.id}`);
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByRole('textbox', { name: 'Quiz link' }).inputValue();
	const { quiz, quizId } = await decodeQuiz(new URL(link).hash);
	const none = quiz.questions.map(() => null);

	await page.goto(`/results#${encodeResult({ quizId, name: 'Ada', answers: none })}`);
	await expect(page.getByText('Added Ada.')).toBeVisible();
	await page.goto(`/results#${encodeResult({ quizId, name: 'Ben', answers: none })}`);
	await expect(page.getByText('Added Ben.')).toBeVisible();
	await expect(page.getByRole('row', { name: /^(Ada|Ben) 0 \/ 10/ })).toHaveCount(2);
});
