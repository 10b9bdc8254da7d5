import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Taps a control of a windowed list once it has stopped moving. The list is drawn a window at a time: scrolling a
 * control into view renders and measures new rows, which can move it after Playwright has aimed at it.
 */
export async function tap(control: Locator): Promise<void> {
	await control.scrollIntoViewIfNeeded();
	await expect
		.poll(async () => {
			const before = await control.boundingBox();
			await control.page().waitForTimeout(100);
			const after = await control.boundingBox();
			return !!before && !!after && before.x === after.x && before.y === after.y;
		})
		.toBe(true);
	await control.click();
}

/** Edits card `n`'s question (or statement) in a card list and closes its form; callers check the saved text. */
export async function editQuestion(page: Page, n: number, text: string): Promise<void> {
	const form = page.getByRole('form', { name: `Edit card ${n}` });
	await expect(async () => {
		if (!(await form.isVisible()))
			await tap(page.getByRole('button', { name: `Edit card ${n}`, exact: true }));
		await expect(form).toBeVisible({ timeout: 1_000 });
	}).toPass();
	await form.getByRole('textbox', { name: /^(?:Question|Statement)$/ }).fill(text);
	await expect(async () => {
		if (await form.isVisible()) await tap(form.getByRole('button', { name: 'Done' }));
		await expect(form).toBeHidden({ timeout: 1_000 });
	}).toPass();
}
