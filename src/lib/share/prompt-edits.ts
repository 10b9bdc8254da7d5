/**
 * A prompt written as edits of its evidence sentence (link version 3): most prompts are the sentence with a pronoun
 * named and a blank, or one word changed, so a few edits replace a second copy of the sentence.
 *
 * edits: a number n > 0 copies n characters of the sentence, n < 0 drops -n characters, a string is inserted, and 0
 * is the blank standing for the characters the edit before it dropped (the answer a short question derives from it).
 * After the last edit the rest of the sentence follows.
 */
import { BLANK } from '../deck/model.ts';

export type PromptEdit = number | string;

/** Words with the spaces before them, and single other characters: the units edits are found in. */
function tokens(text: string): string[] {
	return text.match(/\s*[\p{L}\p{N}]+|\s*[^\p{L}\p{N}\s]|\s+/gu) ?? [];
}

/** Which tokens of `a` and `b` a longest common subsequence pairs, as [i, j] in order. */
function commonTokens(a: string[], b: string[]): [number, number][] {
	const width = b.length + 1;
	const table = new Uint16Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			table[i * width + j] =
				a[i] === b[j]
					? (table[(i + 1) * width + j + 1] ?? 0) + 1
					: Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
	const pairs: [number, number][] = [];
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		if (a[i] === b[j]) pairs.push([i++, j++]);
		else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++;
		else j++;
	}
	return pairs;
}

/** Adds an edit, joining it to the last one when both insert, or both copy, or both drop. */
function pushMerged(edits: PromptEdit[], edit: PromptEdit): void {
	const last = edits.at(-1);
	if (typeof edit === 'string' && typeof last === 'string') edits[edits.length - 1] = last + edit;
	else if (typeof edit === 'number' && typeof last === 'number' && edit * last > 0)
		edits[edits.length - 1] = last + edit;
	else edits.push(edit);
}

const length = (parts: string[]) => parts.reduce((n, part) => n + part.length, 0);

/** The edits that turn `sentence` into `prompt`. */
export function promptEdits(prompt: string, sentence: string): PromptEdit[] {
	const from = tokens(sentence);
	const to = tokens(prompt);
	if (from.join('') !== sentence || to.join('') !== prompt) return [-sentence.length, prompt];
	const edits: PromptEdit[] = [];
	const push = (edit: PromptEdit) => pushMerged(edits, edit);
	let i = 0;
	let j = 0;
	for (const [a, b] of [...commonTokens(from, to), [from.length, to.length] as [number, number]]) {
		if (a > i) push(-length(from.slice(i, a)));
		if (b > j) push(to.slice(j, b).join(''));
		if (a < from.length) push(from[a]?.length ?? 0);
		[i, j] = [a + 1, b + 1];
	}
	const marked: PromptEdit[] = [];
	for (const edit of markBlanks(edits, sentence)) pushMerged(marked, edit);
	// The copy of the sentence's end is implied.
	if (typeof marked.at(-1) === 'number' && Number(marked.at(-1)) > 0) marked.pop();
	return marked;
}

/** A blank replacing dropped words (tokens carry their space: " _____" for " 1687") becomes the 0 edit. */
function markBlanks(edits: PromptEdit[], sentence: string): PromptEdit[] {
	const out: PromptEdit[] = [];
	let at = 0;
	for (const [k, edit] of edits.entries()) {
		const before = edits[k - 1];
		if (typeof edit === 'number') at += Math.abs(edit);
		if (typeof edit !== 'string' || typeof before !== 'number' || before >= 0) {
			out.push(edit);
			continue;
		}
		const space = edit.slice(0, edit.length - BLANK.length);
		const dropped = sentence.slice(at + before, at);
		if (!edit.endsWith(BLANK) || space.trim() || !dropped.startsWith(space) || dropped === space) {
			out.push(edit);
			continue;
		}
		out.pop();
		out.push(...(space ? [space.length] : []), -(dropped.length - space.length), 0);
	}
	return out;
}

/** Thrown when edits reach past their sentence or a blank follows no dropped text. */
export class PromptEditError extends Error {}

/** The prompt the edits make of `sentence`, and the text its blank stands for (when there is one). */
export function applyEdits(
	edits: readonly PromptEdit[],
	sentence: string
): { text: string; blanked?: string } {
	let text = '';
	let at = 0;
	let dropped: string | undefined;
	let blanked: string | undefined;
	for (const edit of edits) {
		if (typeof edit === 'string') text += edit;
		else if (edit === 0) {
			if (dropped === undefined || blanked !== undefined)
				throw new PromptEditError('A blank stands for nothing.');
			text += BLANK;
			blanked = dropped;
		} else {
			const end = at + Math.abs(edit);
			if (end > sentence.length) throw new PromptEditError('An edit reaches past its sentence.');
			if (edit > 0) text += sentence.slice(at, end);
			dropped = edit < 0 ? sentence.slice(at, end) : undefined;
			at = end;
			continue;
		}
		dropped = undefined;
	}
	text += sentence.slice(at);
	return blanked === undefined ? { text } : { text, blanked };
}
