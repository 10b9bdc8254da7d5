import { expect, test } from '@playwright/test';
import { DEFAULT_DECK, deckUrl, openLibrary } from './support/app.ts';
import { answerAnything } from './support/quiz.ts';
import { storedIn } from './support/stored.ts';

test('a quiz from the default deck runs to the end, shows the score and is kept in the history', async ({
	page
}) => {
	await openLibrary(page);
	await page.goto(deckUrl(DEFAULT_DECK.id));
	await page.getByRole('link', { name: 'Take quiz' }).click();

	await expect(page.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue('10');
	await page.getByRole('radio', { name: 'At the end' }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();

	for (let n = 1; n <= 10; n++) {
		await answerAnything(page, n);
	}

	await expect(page.getByRole('heading', { level: 2, name: 'Results' })).toBeVisible();
	const score = page.getByText(/^\d+ of 10 correct$/);
	await expect(score).toBeVisible();
	const shown = Number((await score.textContent())?.split(' ')[0]);
	await expect(page.getByText(/^Time: /)).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Your answer:' })).toHaveCount(10);

	const attempts = (await storedIn(page, 'quizattempt')) as {
		score: number;
		total: number;
		deckId: string;
	}[];
	expect(attempts.map(({ score, total, deckId }) => ({ score, total, deckId }))).toEqual([
		{ score: shown, total: 10, deckId: DEFAULT_DECK.id }
	]);

	if (shown < 10) {
		await page.getByRole('button', { name: 'Study these' }).click();
		await expect(page.getByText(/first in your next study session/)).toBeVisible();
		const cards = (await storedIn(page, 'card')) as { priority?: number }[];
		expect(cards.filter((card) => card.priority !== undefined)).toHaveLength(10 - shown);

		await page.getByRole('button', { name: 'Retry mistakes' }).click();
		await expect(page.getByText(`1 / ${10 - shown}`, { exact: true })).toBeVisible();
	}

	await page.goto(deckUrl(DEFAULT_DECK.id));
	await expect(page.getByRole('heading', { level: 2, name: 'Quiz history' })).toBeVisible();
	await expect(page.getByText(new RegExp(`: ${shown} of 10$`))).toBeVisible();
});

test('keys pick a choice and feedback after each question shows the evidence', async ({ page }) => {
	await openLibrary(page);
	await page.goto(`/quiz?deck=${DEFAULT_DECK.id}`);
	await page.getByRole('checkbox', { name: 'Short answer' }).uncheck();
	await page.getByRole('checkbox', { name: 'True or false' }).uncheck();
	await page.getByRole('button', { name: 'Start quiz' }).click();

	// Hints name only the keys that work on the question on screen (hidden on touch screens).
	await expect(page.getByText('Keys: 1–4 or A–D to choose, Enter to confirm.')).toHaveCount(1);
	await page.keyboard.press('c');
	await expect(page.getByRole('radio').nth(2)).toBeChecked();
	await page.keyboard.press('2');
	await expect(page.getByRole('radio').nth(1)).toBeChecked();
	await page.keyboard.press('Enter');
	const verdict = page.getByText(/^(Correct\.|Not quite\.)$/);
	await expect(verdict).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
	await expect(page.getByText('Keys: Enter for the next question.')).toHaveCount(1);

	// The pick is marked in words as well as colour; a wrong pick shows the right answer marked too.
	const picked = page.getByRole('radio').nth(1);
	if ((await verdict.textContent()) === 'Correct.') {
		await expect(picked).toHaveAccessibleName(/Your answer: right$/);
	} else {
		await expect(picked).toHaveAccessibleName(/Your answer: wrong$/);
		await expect(page.getByRole('radio', { name: /Right answer$/ })).toHaveCount(1);
	}
});

test('a true-or-false question hints at two keys, a typed answer at Enter alone', async ({ page }) => {
	await openLibrary(page);
	await page.goto(`/quiz?deck=${DEFAULT_DECK.id}`);
	await page.getByRole('checkbox', { name: 'Multiple choice' }).uncheck();
	await page.getByRole('checkbox', { name: 'Short answer' }).uncheck();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByText('Keys: 1–2 or A–B to choose, Enter to confirm.')).toHaveCount(1);

	// Nothing answered yet, so nothing to resume: the setup again.
	await page.goto(`/quiz?deck=${DEFAULT_DECK.id}`);
	await page.getByRole('checkbox', { name: 'Multiple choice' }).uncheck();
	await page.getByRole('checkbox', { name: 'True or false' }).uncheck();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
	await expect(page.getByText('Keys: Enter to confirm.')).toHaveCount(1);
});
