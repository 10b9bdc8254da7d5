/** A chosen candidate as the card a person studies: prompt, answer, options of its kind, context line, evidence. */
import type { CardContent } from '../deck/model.ts';
import type { Candidate } from './candidates.ts';
import { seededShuffle, stableId } from './hash.ts';

export function makeCard(deckId: string, c: Candidate): CardContent {
	const { fact, type } = c;
	const evidence = fact.sentence.text;
	const context = fact.standing.mode === 'context' ? { context: fact.standing.context } : {};
	if (type === 'truefalse')
		return {
			id: stableId(deckId, type, evidence, c.answer),
			type,
			prompt: c.prompt,
			answer: c.answer,
			choices: ['True', 'False'],
			evidence,
			sibling: fact.sibling,
			...context
		};
	const id = stableId(deckId, type, evidence, c.answer);
	const options = fact.options.options.length >= 3 ? fact.options.options.slice(0, 3) : undefined;
	return {
		id,
		type,
		prompt: c.prompt,
		answer: c.answer,
		...(type === 'mcq' && options ? { choices: seededShuffle([c.answer, ...options], id) } : {}),
		evidence,
		sibling: fact.sibling,
		kind: fact.kind,
		...(options ? { options } : {}),
		...context
	};
}
