/**
 * The shape of an answer, so a multiple-choice question made from a cloze or Q/A card only offers options of the
 * same shape: years with years, amounts with amounts, one-word names with one-word names.
 */
export type AnswerShape = 'year' | 'number' | 'name' | 'names' | 'phrase' | 'list';

export function answerShape(answer: string): AnswerShape {
	const text = answer.trim();
	if (/^\d{4}$/.test(text)) return 'year';
	if (/\d/.test(text)) return 'number';
	if (/,| and | or /.test(text)) return 'list';
	const words = text.split(/\s+/);
	if (!words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|the|de|al|bin)$/.test(word))) return 'phrase';
	return words.length === 1 ? 'name' : 'names';
}
