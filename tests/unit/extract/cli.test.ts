import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '$lib/generate';
import { fixtureText } from './fixtures.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('npm run generate -- <document> --json', () => {
	// Starting tsx takes a few seconds on a busy machine.
	it('reads a PDF and a Word file as the app does', { timeout: 60_000 }, () => {
		for (const [file, text] of [
			['tests/fixtures/formats/transit-of-venus.pdf', 'transit-of-venus.txt'],
			['tests/fixtures/formats/hanseatic-league.docx', 'hanseatic-league.txt']
		] as const) {
			const out = execFileSync('npx', ['tsx', 'scripts/generate.ts', file, '--json'], {
				cwd: root,
				encoding: 'utf8'
			});
			const deck = JSON.parse(out) as { title: string; cards: { id: string }[] };
			const pasted = generateDeck(fixtureText(text), { deckId: file });
			expect(deck.title).toBe(pasted.title);
			expect(deck.cards.map((card) => card.id)).toEqual(pasted.cards.map((card) => card.id));
		}
	});
});
