import { readFileSync } from 'node:fs';
import { withApp } from './chromium.ts';
await withApp(4690, async ({ url, newPage }) => {
  const page = await newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${url}/new`);
  await page.getByRole('textbox', { name: 'Article text' }).fill(readFileSync('tests/fixtures/articles/marie-curie.txt', 'utf8'));
  await page.getByRole('button', { name: 'Make cards' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review the cards' }).waitFor({ timeout: 30000 });
  await page.waitForTimeout(1500);
  console.log(await page.evaluate(() => document.querySelector('[role=list]')?.outerHTML.slice(0, 1500)));
  await page.screenshot({ path: '/tmp/new-review.png' });
});
