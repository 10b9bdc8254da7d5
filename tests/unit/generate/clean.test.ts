import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/lib/generate/clean.ts';

describe('cleanArticle', () => {
	it('takes the headline without its photo credit, drops captions and keeps the agency credit as attribution', () => {
		const text = [
			'Niger, Burkina Faso and Mali form defence alliance. Photo: Presidence du Niger/X',
			'',
			'The leaders signed a charter. It took place in Bamako.',
			'',
			'Defence and economy',
			'',
			'Niger junta leader Tiania was at the signing event in Bamako. Photo: Presidence du Niger/ X',
			'',
			'The countries vowed to counter the move.',
			'',
			'TRT Afrika and agencies'
		].join('\n');
		expect(cleanArticle(text)).toEqual({
			title: 'Niger, Burkina Faso and Mali form defence alliance',
			attribution: 'TRT Afrika and agencies',
			blocks: [
				{ kind: 'paragraph', sentences: ['The leaders signed a charter.', 'It took place in Bamako.'] },
				{ kind: 'heading', sentences: ['Defence and economy'] },
				{ kind: 'paragraph', sentences: ['The countries vowed to counter the move.'] }
			]
		});
	});

	it('drops bylines and datelines and joins hard-wrapped lines', () => {
		const text =
			'Headline here\nBy Jane Doe\nPublished 3 May 2024\n\nThe river rose\nby two metres overnight.\n\nReuters';
		expect(cleanArticle(text)).toEqual({
			title: 'Headline here',
			attribution: 'Reuters',
			blocks: [{ kind: 'paragraph', sentences: ['The river rose by two metres overnight.'] }]
		});
	});
});

describe('a text without a title line', () => {
	const ONE_LINE =
		'Marie Curie was born in Warsaw in 1867 and moved to Paris in 1891 to study physics at the Sorbonne. In 1903 she shared the Nobel Prize. She discovered polonium and radium.';

	it('keeps a one-line paste as its paragraph and takes the title from its first sentence, shortened', () => {
		expect(cleanArticle(ONE_LINE)).toEqual({
			title: 'Marie Curie was born in Warsaw in 1867 and moved to Paris in…',
			blocks: [
				{
					kind: 'paragraph',
					sentences: [
						'Marie Curie was born in Warsaw in 1867 and moved to Paris in 1891 to study physics at the Sorbonne.',
						'In 1903 she shared the Nobel Prize.',
						'She discovered polonium and radium.'
					]
				}
			]
		});
	});

	it('keeps a short first sentence whole, without its full stop', () => {
		expect(cleanArticle('Radium glows in the dark. It was found in 1898.').title).toBe(
			'Radium glows in the dark'
		);
	});

	it('reads a first line of several sentences as the opening paragraph, not as a headline', () => {
		const article = cleanArticle(`${ONE_LINE}\n\nShe died in 1934 in Passy.`);
		expect(article.title).toBe('Marie Curie was born in Warsaw in 1867 and moved to Paris in…');
		expect(article.blocks.map((block) => block.sentences.length)).toEqual([3, 1]);
	});

	it('still takes a one-sentence headline with a full stop as the title', () => {
		const article = cleanArticle(
			'Curie wins a second Nobel Prize.\n\nShe won it in 1911. It was for chemistry.'
		);
		expect(article.title).toBe('Curie wins a second Nobel Prize');
		expect(article.blocks).toHaveLength(1);
	});
});
