import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DECK, openLibrary, visitUntilControlled } from './support/app.ts';
import { PreviewServer } from './support/preview-server.ts';
import { storedIn } from './support/stored.ts';
import { E2E_PORT } from '../../scripts/builds.js';

// A Tuesday morning, far from the 4 a.m. rollover.
const START = new Date('2026-03-10T10:00:00');
const studyUrl = `/study?deck=${encodeURIComponent(DEFAULT_DECK.id)}`;

interface StoredLog {
	cardId: string;
	rating: number;
}
interface StoredCard {
	id: string;
	type: string;
	prompt: string;
	answer: string;
	choices?: string[];
}

async function expectCounts(page: Page, fresh: number, learning: number, due: number): Promise<void> {
	await expect(page.getByLabel('Cards to study')).toHaveText(
		new RegExp(`New\\s*${fresh}\\s*Learning\\s*${learning}\\s*Due\\s*${due}`)
	);
}

async function openStudy(page: Page, url = studyUrl): Promise<void> {
	await page.clock.install({ time: START });
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1, name: `Study: ${DEFAULT_DECK.title}` })).toBeVisible();
}

const showAnswer = (page: Page) => page.getByRole('button', { name: 'Show answer' });
const ratings = (page: Page) => page.getByRole('group', { name: 'How well did you remember?' });
const logs = async (page: Page) => (await storedIn(page, 'log')) as StoredLog[];

/** Shows the answer with Space and rates with a number key, waiting for each step as a person would. */
async function studyOne(page: Page, key: string): Promise<void> {
	await expect(showAnswer(page)).toBeVisible();
	await page.keyboard.press('Space');
	await expect(ratings(page)).toBeVisible();
	await page.keyboard.press(key);
}

test('the day’s queue is studied with the keyboard until empty; the counts persist after a reload', async ({
	page
}) => {
	await openStudy(page);
	await expectCounts(page, 20, 0, 0);
	for (let i = 0; i < 20; i++) await studyOne(page, '4');

	await expect(page.getByRole('heading', { name: 'Done for now' })).toBeVisible();
	await expect(page.getByText('You studied 20 cards')).toBeVisible();
	await expect(page.getByText(/The next card is due/)).toBeVisible();
	await expectCounts(page, 0, 0, 0);
	await expect.poll(async () => (await logs(page)).length).toBe(20);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Nothing to study now' })).toBeVisible();
	await expectCounts(page, 0, 0, 0);
	await page.getByRole('banner').getByRole('link', { name: 'Factdeck' }).click();
	await expect(page.getByRole('heading', { name: DEFAULT_DECK.title })).toBeVisible();
	await expect(page.getByText('20 new')).toHaveCount(0);

	// The next study day brings the new cards left over by the daily limit of 20 (one per fact: siblings wait).
	const unseen = ((await storedIn(page, 'card')) as { srs: { reps: number }; sibling?: string; id: string }[])
		.filter((card) => card.srs.reps === 0)
		.map((card) => card.sibling ?? card.id);
	await page.clock.fastForward('24:00:00');
	await page.goto(studyUrl);
	await expectCounts(page, Math.min(20, new Set(unseen).size), 0, 0);
});

test('undo (Ctrl+Z and the button) restores the rated card and removes its review', async ({ page }) => {
	await openStudy(page);
	const prompt = page.locator('#study-prompt');
	const first = await prompt.textContent();
	await studyOne(page, '3');
	await expectCounts(page, 19, 1, 0);
	await expect.poll(async () => (await logs(page)).length).toBe(1);

	await page.keyboard.press('Control+z');
	await expect(page.getByText('Last rating undone.')).toBeAttached();
	await expectCounts(page, 20, 0, 0);
	await expect(prompt).toHaveText(first ?? '');
	await expect.poll(async () => (await logs(page)).length).toBe(0);

	await studyOne(page, '1');
	await expectCounts(page, 19, 1, 0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expectCounts(page, 20, 0, 0);
	await expect.poll(async () => (await logs(page)).length).toBe(0);
});

test('swiping the answer left rates Again and right rates Good', async ({ page }) => {
	await openStudy(page);
	const card = page.getByRole('article');
	const swipe = async (dx: number) => {
		await showAnswer(page).click();
		await expect(ratings(page)).toBeVisible();
		const box = (await page.locator('#study-prompt').boundingBox())!;
		const x = box.x + box.width / 2;
		const y = box.y + box.height / 2;
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + dx / 2, y, { steps: 5 });
		// Feedback while dragging: the card follows the finger.
		await expect(card).toHaveAttribute('style', /translateX/);
		await page.mouse.move(x + dx, y, { steps: 5 });
		await page.mouse.up();
	};
	await swipe(-170);
	await expectCounts(page, 19, 1, 0);
	await swipe(170);
	await expectCounts(page, 18, 2, 0);
	await expect.poll(async () => (await logs(page)).map((log) => log.rating).sort()).toEqual([1, 3]);
});

test('multiple choice is answered with A–D (a wrong pick preselects Again); a short answer is typed and graded', async ({
	page
}) => {
	await openStudy(page);
	const cards = (await storedIn(page, 'card')) as StoredCard[];
	const prompt = page.locator('#study-prompt');
	const current = async () => {
		// The blank is drawn as a line and followed by the word "blank" for screen readers.
		const text = ((await prompt.textContent()) ?? '').replace(/_{3,}blank/g, '_');
		return cards.find((card) => card.prompt.replace(/_{3,}/g, '_') === text)!;
	};
	const nextOfType = async (type: string) => {
		for (;;) {
			// A card not yet answered is on screen: its type can be read.
			await expect(showAnswer(page)).toBeVisible();
			if (await page.getByText(type, { exact: true }).isVisible()) return current();
			await studyOne(page, '4');
		}
	};

	const right = await nextOfType('Multiple choice');
	await page.keyboard.press('ABCD'.charAt(right.choices!.indexOf(right.answer)));
	await expect(page.getByRole('region', { name: 'Answer' }).getByText('Right.')).toBeVisible();
	// Screen readers hear it too.
	await expect(page.getByRole('status')).toHaveText('Right.');
	await page.keyboard.press('3');
	await expect.poll(async () => (await logs(page)).find((log) => log.cardId === right.id)?.rating).toBe(3);

	const wrong = await nextOfType('Multiple choice');
	const wrongIndex = wrong.choices!.findIndex((choice) => choice !== wrong.answer);
	await page.keyboard.press('ABCD'.charAt(wrongIndex));
	const verdict = `Not quite. The answer is: ${wrong.answer}.`;
	await expect(page.getByRole('region', { name: 'Answer' }).getByText(verdict)).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(verdict);
	await expect(page.getByRole('button', { name: /^Again/ })).toHaveClass(/preselected/);
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await logs(page)).find((log) => log.cardId === wrong.id)?.rating).toBe(1);

	// A short answer is typed, then graded with tolerance (case, a leading article).
	const short = await nextOfType('Short answer');
	await page.getByRole('textbox', { name: 'Your answer' }).fill(`the ${short.answer.toUpperCase()}`);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Right.');
	await page.keyboard.press('4');
	await expect.poll(async () => (await logs(page)).find((log) => log.cardId === short.id)?.rating).toBe(4);
});

test('studying works offline: ratings are stored with no network and no server', async ({
	context,
	page
}, testInfo) => {
	test.setTimeout(90_000);
	// A server of its own, stopped halfway; one port per project so both can run at once.
	const port = E2E_PORT + (testInfo.project.name === 'phone' ? 11 : 12);
	const server = new PreviewServer(port);
	await server.start();
	try {
		await visitUntilControlled(page, server.url);

		await server.stop();
		await context.setOffline(true);
		const offline = await context.newPage();
		await offline.goto(`${server.url}${studyUrl}`);
		await expect(
			offline.getByRole('heading', { level: 1, name: `Study: ${DEFAULT_DECK.title}` })
		).toBeVisible();
		await studyOne(offline, '3');
		await studyOne(offline, '4');
		await expectCounts(offline, 18, 1, 0);
		await expect.poll(async () => (await logs(offline)).length).toBe(2);
	} finally {
		await server.stop();
	}
});

test('statistics of a deck that is not in the library say so (it showed an empty title and zeros)', async ({
	page
}) => {
	await openLibrary(page);
	await page.goto('/stats?deck=no-such-deck');
	await expect(
		page.getByRole('heading', { level: 1, name: 'This deck is not in your library.' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Reviews per day' })).toHaveCount(0);
});
