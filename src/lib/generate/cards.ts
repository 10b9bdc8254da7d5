/** Cards of the five types made from one fact: a sentence and the span it asks for. */
import type { CardContent, CardType } from '../deck/model.ts';
import { seededShuffle, stableId } from './hash.ts';
import type { Mention, Sentence } from './mentions.ts';

export const BLANK = '_____';

export interface Fact {
	sentence: Sentence;
	answer: Mention;
	/** The sentence with the answer blanked. */
	stem: string;
	question?: string;
	/** Three wrong options of the answer's type (fewer when the article and the gazetteer lack them). */
	distractors: string[];
	score: number;
	sibling: string;
}

export function blankOut(s: Sentence, m: Mention): string {
	return s.text.slice(0, m.start) + BLANK + s.text.slice(m.end);
}

const isShortAnswer = (f: Fact) =>
	f.answer.text.split(/\s+/).length <= 4 && f.answer.text.length <= 40 && !f.answer.key.startsWith('list:');

/** The card types this fact supports. */
export function typesFor(f: Fact): CardType[] {
	const words = f.sentence.text.split(/\s+/).length;
	// A long sentence with a blank is a chore to read when a question asks the same.
	// So is a blanked long form with its acronym beside it: "the _____ (AES)".
	const acronym = f.question?.startsWith('What does') ?? false;
	// A blank in a very long sentence is a chore: such a sentence is only asked by a question.
	const long = words > 45 && !f.question;
	const types: CardType[] = (f.question && words > 35) || acronym || long ? [] : ['cloze'];
	if (f.question) types.push('qa');
	if (f.distractors.length >= 3 && !long) types.push('mcq');
	// Swapping a term rarely makes a statement clearly false.
	if (f.distractors.length >= 1 && words <= 40 && f.answer.kind !== 'term') types.push('truefalse');
	if (isShortAnswer(f) && !long) types.push('short');
	return types;
}

export function makeCard(deckId: string, type: CardType, f: Fact): CardContent {
	const evidence = f.sentence.text;
	const base = { type, evidence, sibling: f.sibling };
	const answer = f.answer.text;
	switch (type) {
		case 'cloze':
			return { id: stableId(deckId, type, evidence, answer), ...base, prompt: f.stem, answer };
		case 'qa':
		case 'short':
			return { id: stableId(deckId, type, evidence, answer), ...base, prompt: f.question ?? f.stem, answer };
		case 'mcq': {
			const id = stableId(deckId, type, evidence, answer);
			const choices = seededShuffle([answer, ...f.distractors.slice(0, 3)], id);
			return { id, ...base, prompt: f.question ?? f.stem, answer, choices };
		}
		case 'truefalse': {
			// Half the statements are made false by swapping the answer for a distractor of its type.
			const falsehood = parseInt(stableId(deckId, evidence), 36) % 2 === 1;
			const statement = falsehood ? f.stem.replace(BLANK, f.distractors[0] as string) : evidence;
			const truth = falsehood ? 'False' : 'True';
			return {
				id: stableId(deckId, type, evidence, truth),
				...base,
				prompt: `True or false: ${statement}`,
				answer: truth,
				choices: ['True', 'False']
			};
		}
	}
}
