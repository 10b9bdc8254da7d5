import { expect, type Page } from '@playwright/test';
import type { QuestionContent, SharedQuiz } from '../../../src/lib/quiz/model.ts';

/** Answers the question on screen: `right` gives the key, else a wrong choice or a wrong word. */
export async function answer(page: Page, question: QuestionContent, right: boolean): Promise<void> {
	await expect(page.getByRole('heading', { level: 2, name: question.prompt })).toBeVisible();
	if (question.kind === 'short') {
		await page.getByRole('textbox', { name: 'Your answer' }).fill(right ? question.answer : 'Atlantis');
	} else {
		const choice = right ? question.answer : question.choices?.find((c) => c !== question.answer);
		await page.getByRole('radio', { name: choice, exact: true }).check();
	}
	await page.keyboard.press('Enter');
}

/** Answers whatever is on screen with the first choice (key 1) or a typed word; for quizzes whose keys the test does not know. */
export async function answerAnything(page: Page, n: number, total = 10): Promise<void> {
	// Wait for this very question: the previous one's progress text would let a key press land twice.
	await expect(page.getByText(`${n} / ${total}`, { exact: true })).toBeVisible();
	if (await page.getByRole('textbox', { name: 'Your answer' }).isVisible()) {
		await page.getByRole('textbox', { name: 'Your answer' }).fill('Mali');
	} else {
		await page.keyboard.press('1');
		await expect(page.getByRole('radio').first()).toBeChecked();
	}
	await page.keyboard.press('Enter');
}

export const HOSTILE = '<img src=x onerror=alert(1)>';
export const SCRIPT = '<script>alert(2)</script>';
/** A shared quiz whose every text is markup that must show as text. */
export const hostile: SharedQuiz = {
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
