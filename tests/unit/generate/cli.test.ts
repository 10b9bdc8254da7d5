import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('npm run generate -- <file> --json', () => {
	// Starting tsx takes a few seconds on a busy machine.
	it('writes only the documented JSON to stdout', { timeout: 60_000 }, () => {
		const out = execFileSync(
			'npx',
			['tsx', 'scripts/generate.ts', 'src/lib/deck/default/sahel-alliance.txt', '--json'],
			{ cwd: root, encoding: 'utf8' }
		);
		const deck = JSON.parse(out) as Record<string, unknown> & { cards: Record<string, unknown>[] };
		expect(Object.keys(deck)).toEqual(['title', 'attribution', 'cards']);
		expect(deck.title).toBe('Niger, Burkina Faso and Mali form defence alliance');
		for (const card of deck.cards) {
			const keys = card.choices
				? ['id', 'type', 'prompt', 'answer', 'choices', 'evidence']
				: ['id', 'type', 'prompt', 'answer', 'evidence'];
			expect(Object.keys(card)).toEqual(keys);
		}
	});
});
