import { describe, expect, it } from 'vitest';
import { BLANK } from '../../../src/lib/deck/model.ts';
import { applyEdits, promptEdits } from '../../../src/lib/share/prompt-edits.ts';
import { DEFAULT_DECK, LONG_DECK } from './decks.ts';

describe('prompts as edits of their sentence', () => {
	it.each([
		['the default deck', DEFAULT_DECK],
		['a long article', LONG_DECK]
	])('give back every prompt of %s exactly, and the blanked answer', (_, deck) => {
		for (const card of deck.cards) {
			const edits = promptEdits(card.prompt, card.evidence);
			const { text, blanked } = applyEdits(edits, card.evidence);
			expect(text).toBe(card.prompt);
			if (blanked !== undefined) expect(blanked).toBe(card.answer);
		}
		const blanks = deck.cards.filter((card) => promptEdits(card.prompt, card.evidence).includes(0));
		expect(blanks.length).toBeGreaterThan(0);
	});

	it('name a pronoun, change a word, and blank a year in a few edits', () => {
		const sentence = 'He was admitted to Trinity College in 1661, on the advice of his uncle William.';
		const prompt = `Isaac Newton was admitted to Trinity College in ${BLANK}, on the advice of his uncle Barnabas.`;
		expect(promptEdits(prompt, sentence)).toEqual([-2, 'Isaac Newton', 36, -4, 0, 28, -8, ' Barnabas']);
	});

	it('write a prompt unlike its sentence as one insertion', () => {
		expect(promptEdits('Who?', 'He left.')).toEqual([-8, 'Who?']);
		expect(applyEdits([-8, 'Who?'], 'He left.')).toEqual({ text: 'Who?' });
	});
});
