import { expect, test } from '@playwright/test';
import { openLibrary } from './support/app.ts';
import { editQuestion, tap } from './support/cards.ts';
import { storedIn } from './support/stored.ts';

// No service worker: the page must fetch the generator's worker itself, so that the test can answer for it.
test.use({ serviceWorkers: 'block' });

/**
 * Stands in for the generator's worker: three cards that pass its threshold and two it holds back, which it adds when
 * asked for more. Today's generator holds nothing back, so the offer could not be seen otherwise.
 */
const FAKE_WORKER = `
const card = (id, text) => ({ id, type: 'cloze', prompt: text + ' _____.', answer: 'Baikal', evidence: text + ' Baikal.' });
onmessage = (event) => {
	const main = [card('c0', 'First'), card('c1', 'Second'), card('c2', 'Third')];
	const extra = event.data.more ? [card('x0', 'Extra one'), card('x1', 'Extra two')] : [];
	postMessage({ type: 'progress', fraction: 0.5 });
	postMessage({ type: 'done', deck: {
		title: 'A short article',
		blocks: [{ kind: 'paragraph', sentences: ['First Baikal.'] }],
		generatorVersion: 1,
		cards: [...main, ...extra],
		heldBack: 2
	} });
};`;

interface StoredCard {
	id: string;
	deckId: string;
	prompt: string;
	generated?: boolean;
}

test('a short deck offers more cards, marked “may need editing”, without losing the edits already made', async ({
	page
}) => {
	await page.route('**/workers/**', (route) =>
		route.fulfill({ contentType: 'text/javascript', body: FAKE_WORKER })
	);
	await openLibrary(page);
	await page.getByRole('link', { name: 'New deck' }).click();
	await page
		.getByRole('textbox', { name: 'Article text' })
		.fill('A short article\n\nFirst Baikal. Second Baikal.');
	await page.getByRole('button', { name: 'Make cards' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the cards' })).toBeVisible();

	await editQuestion(page, 1, 'Mine _____.');
	await tap(page.getByRole('button', { name: 'Delete card 2', exact: true }));
	await expect(page.getByText('Second _____.')).toHaveCount(0);

	await page.getByRole('button', { name: 'Add 2 more cards (may need editing)' }).click();
	await expect(page.getByRole('button', { name: /^Edit card \d$/ })).toHaveCount(4);
	await expect(page.getByText('May need editing', { exact: true })).toHaveCount(2);
	await expect(page.getByText('Mine _____.')).toBeVisible();
	await expect(page.getByText('Second _____.')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /more cards/ })).toHaveCount(0);

	// An edited extra card is no longer marked.
	await editQuestion(page, 3, 'Fixed _____.');
	await expect(page.getByText('May need editing', { exact: true })).toHaveCount(1);

	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'A short article' })).toBeVisible();
	const deckId = new URL(page.url()).searchParams.get('id');
	const saved = ((await storedIn(page, 'card')) as StoredCard[]).filter((card) => card.deckId === deckId);
	// Only the card still as the generator first made it is the generator's: regenerating may change it.
	expect(saved.map((card) => [card.id, card.prompt, card.generated ?? false])).toEqual([
		['c0', 'Mine _____.', false],
		['c2', 'Third _____.', true],
		['x0', 'Fixed _____.', false],
		['x1', 'Extra two _____.', false]
	]);
});
