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
