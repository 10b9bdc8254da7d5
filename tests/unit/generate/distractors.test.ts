import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/generate/analyse.ts';
import { blankOut } from '../../../src/lib/generate/cards.ts';
import { cleanArticle } from '../../../src/lib/generate/clean.ts';
import { buildPool, distractorsFor } from '../../../src/lib/generate/distractors.ts';
import type { Mention } from '../../../src/lib/generate/mentions.ts';

function setUp(text: string) {
	const { sentences } = analyse(cleanArticle(text).blocks);
	const pool = buildPool(sentences, (m: Mention) => m.text);
	return (sentence: number, answer: string) => {
		const s = sentences[sentence]!;
		const m = s.mentions.find((x) => x.text === answer)!;
		return distractorsFor(pool, s, m, blankOut(s, m), 3);
	};
}

describe('distractorsFor', () => {
	it('takes same-type distractors from the article first, then neighbours from the gazetteer', () => {
		const ask = setUp(
			'Title\n\nFrance withdrew its troops from Mali in 2022. Chad hosted the summit in 2019. Ghana sent observers.'
		);
		expect(ask(0, 'Mali')).toEqual(['Chad', 'Ghana', 'Niger']);
	});

	it('never offers one that the article makes true for the stem', () => {
		const ask = setUp(
			'Title\n\nThe insurgency spread to Niger in 2015. Chad also saw the insurgency spread in 2015. Ghana sent observers.'
		);
		expect(ask(0, 'Niger')).not.toContain('Chad');
	});

	it('offers plausible years of the same format, never the stem or far-off ones', () => {
		const ask = setUp(
			'Title\n\nThe war began in 1914 and the treaty followed in 1919. The museum opened in 2005.'
		);
		const years = ask(0, '1914');
		expect(years).toHaveLength(3);
		expect(years).not.toContain('1919');
		expect(years).not.toContain('2005');
		for (const y of years) expect(y).toMatch(/^19\d\d$/);
	});

	it('does not offer a name that differs only by form (Niger for Nigeria)', () => {
		const ask = setUp(
			'Title\n\nFlooding hit Nigeria in 2022. Niger was spared. Chad sent aid. Ghana sent doctors.'
		);
		expect(ask(0, 'Nigeria')).not.toContain('Niger');
	});
});
