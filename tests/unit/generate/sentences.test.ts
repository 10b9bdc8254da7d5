import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/generate/sentences.ts';

describe('splitSentences', () => {
	it('splits after a single-letter word ending a sentence ("posted on X.")', () => {
		expect(splitSentences('Assimi Goita posted on X. The insurgency erupted in 2012.')).toEqual([
			'Assimi Goita posted on X.',
			'The insurgency erupted in 2012.'
		]);
	});

	it('keeps abbreviations, initials and decimals inside a sentence', () => {
		expect(
			splitSentences(
				'The book by J. R. R. Tolkien sold 3.5 million copies. Mr. Smith of the U.S. Army met Dr. Jones.'
			)
		).toEqual([
			'The book by J. R. R. Tolkien sold 3.5 million copies.',
			'Mr. Smith of the U.S. Army met Dr. Jones.'
		]);
	});

	it('ends a sentence after a dotted acronym when a typical first word follows', () => {
		expect(splitSentences('He moved to the U.S. The next year he died.')).toEqual([
			'He moved to the U.S.',
			'The next year he died.'
		]);
	});

	it('handles quotes: a closing quote ends the sentence, a lower-case word after a question does not', () => {
		expect(
			splitSentences('He said "It is over." Then he left. "Is it?" she asked. Prices rose in Jan. 2020.')
		).toEqual(['He said "It is over."', 'Then he left.', '"Is it?" she asked.', 'Prices rose in Jan. 2020.']);
	});

	it('keeps e.g. and i.e. inside the sentence', () => {
		expect(splitSentences('Some birds, e.g. swifts, sleep in flight. Others do not.')).toEqual([
			'Some birds, e.g. swifts, sleep in flight.',
			'Others do not.'
		]);
	});
});
