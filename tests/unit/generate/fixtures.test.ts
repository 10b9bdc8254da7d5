import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/generate/html.ts';
import { generateDeck } from '../../../src/lib/generate/index.ts';
import { markdownToText } from '../../../src/lib/generate/markdown.ts';

const dir = new URL('../../fixtures/articles/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const fixtures = readdirSync(dir)
	.filter((f) => !f.endsWith('.json'))
	.map((file) => {
		const name = file.replace(/\.\w+$/, '');
		const raw = read(file);
		const text = file.endsWith('.html') ? htmlToText(raw) : file.endsWith('.md') ? markdownToText(raw) : raw;
		const expected = JSON.parse(read(`${name}.expected.json`)) as { facts: string[]; noise?: string[] };
		return { name, text, expected };
	});
const sahel = readFileSync(
	new URL('../../../src/lib/deck/default/sahel-alliance.txt', import.meta.url),
	'utf8'
);
const all = [
	{ name: 'sahel-alliance', text: sahel, expected: { facts: [], noise: ['Photo:', 'TRT Afrika'] } },
	...fixtures
];
const GENERIC = /^(?:the|and|for|university|republic|united|national|states?|union|world|war|prize)$/;
const words = (s: string) => s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

describe.each(all)('the deck of $name', ({ name, text, expected }) => {
	const deck = generateDeck(text, { deckId: name });
	const sentences = new Set(deck.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.sentences));

	it('has evidence sentences from the article, never a caption or a credit', () => {
		for (const card of deck.cards) {
			expect(sentences.has(card.evidence), card.evidence).toBe(true);
			for (const noise of expected.noise ?? []) expect(card.evidence).not.toContain(noise);
		}
	});

	it('has answers in their evidence and not in their prompt', () => {
		for (const card of deck.cards.filter((c) => c.type !== 'truefalse')) {
			expect(card.evidence, card.prompt).toContain(card.answer);
			const prompt = new Set(words(card.prompt));
			// Generic words of a name ("the Flying University" after "study at university") may recur.
			const given = words(card.answer).filter((w) => w.length >= 3 && !GENERIC.test(w));
			expect(
				given.filter((w) => prompt.has(w)),
				card.prompt
			).toEqual([]);
		}
	});

	it('has four distinct choices with the answer once, of one form', () => {
		for (const card of deck.cards.filter((c) => c.type === 'mcq')) {
			const choices = card.choices ?? [];
			expect(new Set(choices.map((c) => c.toLowerCase())).size).toBe(4);
			expect(choices.filter((c) => c === card.answer)).toHaveLength(1);
			const numeric = choices.map((c) => /^\d/.test(c));
			expect(new Set(numeric).size, choices.join(' / ')).toBe(1);
		}
		for (const card of deck.cards.filter((c) => c.type === 'truefalse')) {
			expect(card.choices).toEqual(['True', 'False']);
			expect(['True', 'False']).toContain(card.answer);
		}
	});

	it('has no two cards alike', () => {
		expect(new Set(deck.cards.map((c) => c.id)).size).toBe(deck.cards.length);
		expect(new Set(deck.cards.map((c) => `${c.type}|${c.prompt}`)).size).toBe(deck.cards.length);
	});

	// The expected facts are names and values; the ranker also asks dates and statements of them, so one in ten of
	// them asked as answers is the floor (key-fact coverage is measured blind in eval/, npm run eval -- coverage).
	it('asks at least one in ten of the expected facts as an answer', () => {
		const answers = deck.cards.filter((c) => c.type !== 'truefalse').map((c) => c.answer.toLowerCase());
		const covered = expected.facts.filter((f) => answers.some((a) => a.includes(f.toLowerCase())));
		expect(covered.length).toBeGreaterThanOrEqual(Math.ceil(expected.facts.length / 10));
	});
});
