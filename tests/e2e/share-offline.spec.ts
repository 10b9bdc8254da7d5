import { expect, test } from '@playwright/test';
import { encodeQuiz } from '../../src/lib/share/index.ts';
import { visitUntilControlled } from './support/app.ts';
import { PreviewServer } from './support/preview-server.ts';
import { answer, hostile } from './support/quiz.ts';
import { E2E_PORT } from '../../scripts/builds.js';

// Its own server, so that the test can stop it (phone only: see PHONE_ONLY in playwright.config.ts).
// Not +17: 4190 is on the fetch standard's list of blocked ports, which Node and Chromium refuse to connect to.
const OFFLINE_PORT = E2E_PORT + 18;

test('a share link opens with the server stopped once the app was loaded', async ({ context, page }) => {
	test.setTimeout(90_000);
	const server = new PreviewServer(OFFLINE_PORT);
	await server.start();
	try {
		await visitUntilControlled(page, server.url);

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
