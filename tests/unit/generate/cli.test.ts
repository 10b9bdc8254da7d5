import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src/lib/generate/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// npm reads npm_config_* from the environment: an outer `npm run -s` must not make the inner npm silent.
const { npm_config_loglevel: _, ...env } = process.env;
const ONE_LINE = 'tests/fixtures/pastes/one-line.txt';

type JsonDeck = Record<string, unknown> & { title: string; cards: Record<string, unknown>[] };

/** The documented fields, in the documented order; the optional ones only when the card has them. */
function expectDocumentedShape(deck: JsonDeck, top: string[]) {
	expect(Object.keys(deck)).toEqual(top);
	const order = ['id', 'type', 'kind', 'context', 'prompt', 'answer', 'choices', 'options', 'evidence'];
	for (const card of deck.cards) {
		const keys = Object.keys(card);
		expect(keys.filter((k) => !order.includes(k))).toEqual([]);
		expect(keys).toEqual(order.filter((k) => k in card));
		for (const k of ['id', 'type', 'prompt', 'answer', 'evidence']) expect(keys).toContain(k);
	}
}

// Starting npm and tsx takes a few seconds on a busy machine.
describe('npm run generate -- <file> --json', { timeout: 60_000 }, () => {
	it('writes only the documented JSON to stdout', () => {
		const out = execFileSync(
			'npx',
			['tsx', 'scripts/generate.ts', 'src/lib/deck/default/sahel-alliance.txt', '--json'],
			{ cwd: root, encoding: 'utf8' }
		);
		const deck = JSON.parse(out) as JsonDeck;
		expectDocumentedShape(deck, ['title', 'attribution', 'cards']);
		expect(deck.title).toBe('Niger, Burkina Faso and Mali form defence alliance');
		expect(deck.cards.some((c) => c.kind && c.options)).toBe(true);
	});

	it('prints exactly that JSON with npm run --silent, for a one-line text: the cards the app makes', () => {
		const out = execFileSync('npm', ['run', '--silent', 'generate', '--', ONE_LINE, '--json'], {
			cwd: root,
			env,
			encoding: 'utf8'
		});
		const deck = JSON.parse(out) as JsonDeck;
		expectDocumentedShape(deck, ['title', 'cards']);
		const app = generateDeck(readFileSync(join(root, ONE_LINE), 'utf8'), { deckId: ONE_LINE });
		expect(deck.title).toBe(app.title);
		expect(deck.cards.map((card) => card.prompt)).toEqual(app.cards.map((card) => card.prompt));
		expect(deck.cards.length).toBeGreaterThan(0);
	});

	it('the README’s JSON command writes a file that parses as the documented JSON', () => {
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		const line = readme.split('\n').find((l) => l.startsWith('npm run') && l.includes('--json'));
		expect(line).toBeDefined();
		const command = (line ?? '').replace(/#.*$/, '').trim();
		const out = join(mkdtempSync(join(tmpdir(), 'factdeck-cli-')), 'deck.json');
		// The README's own words, with this test's article and output file.
		const run = spawnSync(
			'sh',
			['-c', command.replace(/\S+\.(?:html|txt|md)\b/, ONE_LINE).replace(/\S+\.json\b/, out)],
			{ cwd: root, env, encoding: 'utf8' }
		);
		expect(run.status).toBe(0);
		expectDocumentedShape(JSON.parse(readFileSync(out, 'utf8')) as JsonDeck, ['title', 'cards']);
	});

	it('tells on stderr how to get JSON alone when npm is not silent', () => {
		const run = spawnSync('npm', ['run', 'generate', '--', ONE_LINE, '--json'], {
			cwd: root,
			env,
			encoding: 'utf8'
		});
		expect(run.stderr).toContain('npm run --silent generate -- FILE --json');
	});
});
