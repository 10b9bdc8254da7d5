import { expect, type Page } from '@playwright/test';

/**
 * Edits card `n`'s question (or statement) in a card list and closes its form. The list is drawn a window at a time
 * and may still be settling (rows measured, the page's scroll adjusted) when Done is tapped: a tap that lands nowhere
 * is tapped again until the form closes. Callers check the saved text.
 */
export async function editQuestion(page: Page, n: number, text: string): Promise<void> {
	await page.getByRole('button', { name: `Edit card ${n}`, exact: true }).click();
	const form = page.getByRole('form', { name: `Edit card ${n}` });
	await form.getByRole('textbox', { name: /^(?:Question|Statement)$/ }).fill(text);
	await expect(async () => {
		await form.getByRole('button', { name: 'Done' }).click({ timeout: 1_000 });
		await expect(form).toBeHidden({ timeout: 1_000 });
	}).toPass();
}
