import '../db/fake-idb.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { addClassResult, saveSharedQuiz } from '../../../src/lib/db/index.ts';
import { notesToCards, parseTable } from '../../../src/lib/exchange/index.ts';
import { extractArticle } from '../../../src/lib/extract/index.ts';
import { decodeQuiz, decodeResult, encodeQuiz, encodeResult } from '../../../src/lib/share/index.ts';
import { nameKey, normalizeText } from '../../../src/lib/text/normalize.ts';
import { resetDatabase } from '../db/fake-idb.ts';

beforeEach(resetDatabase);

const ZWSP = '\u200b';
const RLO = '\u202e';
const PDF = '\u202c';
const BOM = '\ufeff';

describe('normalizeText', () => {
	it('drops zero-width spaces, bidi overrides and isolates, BOMs, soft hyphens and control characters', () => {
		expect(normalizeText(`Idx${ZWSP}127`)).toBe('Idx127');
		expect(normalizeText(`${RLO}evil${PDF} name \u2067x\u2069`)).toBe('evil name x');
		expect(normalizeText(`${BOM}Title\u0000\u0007 with soft\u00adhyphen\u2060`)).toBe(
			'Title with softhyphen'
		);
		expect(normalizeText('tab\tline\nreturn\r\n')).toBe('tab\tline\nreturn\r\n');
	});

	it('keeps ZWJ and ZWNJ (emoji, Persian, Indic) and the LRM, RLM and ALM marks; composes to NFC', () => {
		const family = '👩\u200d👩\u200d👧';
		const persian = 'می\u200cخواهم';
		const devanagari = 'क्\u200dष';
		const marks = 'a\u200eb\u200fc\u061cd';
		for (const text of [family, persian, devanagari, marks]) expect(normalizeText(text)).toBe(text);
		expect(normalizeText('Cafe\u0301')).toBe('Café');
	});
});

describe('nameKey', () => {
	it('compares names as a person reads them: invisible characters, case, width and ß', () => {
		expect(nameKey(`Idx${ZWSP}127`)).toBe(nameKey('idx127'));
		expect(nameKey('ＩＤＸ１２７')).toBe(nameKey('Idx127'));
		expect(nameKey('Strauß ')).toBe(nameKey('STRAUSS'));
		expect(nameKey('Ada  Lovelace')).toBe(nameKey('ada lovelace'));
		expect(nameKey('Ada')).not.toBe(nameKey('Adam'));
	});
});

describe('every way in normalises text', () => {
	it('articles: pasted text and files (it kept "Idx\\u200b127" and reversed names)', async () => {
		expect((await extractArticle({ text: `${RLO}Mali${PDF} signed${ZWSP}.`, format: 'text' })).text).toBe(
			'Mali signed.'
		);
		expect((await extractArticle({ text: `# T${ZWSP}itle\n\nCafe\u0301.`, format: 'markdown' })).text).toBe(
			'Title\n\nCafé.'
		);
	});

	it('quiz links: every text of the quiz, the quiz id unchanged', async () => {
		const quiz = {
			title: `${RLO}Quiz`,
			options: { feedback: 'end' as const },
			questions: [
				{ kind: 'short' as const, prompt: `Who${ZWSP}?`, answer: `Ada${BOM}`, evidence: `Ada${ZWSP}.` }
			]
		};
		const { code, quizId } = await encodeQuiz(quiz);
		const decoded = await decodeQuiz(code);
		expect(decoded.quizId).toBe(quizId);
		expect(decoded.quiz.title).toBe('Quiz');
		expect(decoded.quiz.questions[0]).toEqual({
			kind: 'short',
			prompt: 'Who?',
			answer: 'Ada',
			evidence: 'Ada.'
		});
	});

	it('result codes: the name and typed answers; the same student is not counted twice', async () => {
		const quizId = 'Xy12_-ab';
		const first = decodeResult(encodeResult({ quizId, name: `Idx${ZWSP}127`, answers: [`Ba${RLO}mako`] }));
		expect(first).toEqual({ quizId, name: 'Idx127', answers: ['Bamako'] });
		await saveSharedQuiz({ id: quizId, deckId: 'd', title: 'Quiz', code: 'AQ', createdAt: 0 });
		expect(
			await addClassResult(quizId, { code: 'A', name: 'Idx127', answers: [], addedAt: 0 })
		).toBeUndefined();
		const again = await addClassResult(quizId, { code: 'B', name: 'IDX\u200b127', answers: [], addedAt: 0 });
		expect(again?.name).toBe('Idx127');
	});

	it('imports: fronts, backs and cloze text of every note', () => {
		const parsed = parseTable(`Front,Back\n${ZWSP}Capital of Mali?,Bam${RLO}ako\n`, 'csv');
		const { cards } = notesToCards(parsed, 'deck');
		expect(cards.map((card) => [card.prompt, card.answer])).toEqual([['Capital of Mali?', 'Bamako']]);
	});
});
