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
		// The documented fields, in the documented order; the optional ones only when the card has them.
		const order = ['id', 'type', 'kind', 'context', 'prompt', 'answer', 'choices', 'options', 'evidence'];
		for (const card of deck.cards) {
			const keys = Object.keys(card);
			expect(keys.filter((k) => !order.includes(k))).toEqual([]);
			expect(keys).toEqual(order.filter((k) => k in card));
			for (const k of ['id', 'type', 'prompt', 'answer', 'evidence']) expect(keys).toContain(k);
		}
		expect(deck.cards.some((c) => c.kind && c.options)).toBe(true);
	});
});
