/** What the generator knows about a sentence: its words and the named things, dates and numbers in it. */
import type { Token } from './tagger.ts';

export type EntityKind =
	| 'person'
	| 'country'
	| 'city'
	| 'region'
	| 'place'
	| 'org'
	| 'year'
	| 'date'
	| 'number'
	| 'name'
	| 'term'
	| 'role'
	| 'nationality';

export interface Mention {
	/** The words as they stand in the sentence (without a possessive "'s"). */
	text: string;
	start: number;
	end: number;
	/** Token indices, inclusive. */
	first: number;
	last: number;
	kind: EntityKind;
	/** The same thing named differently ("Goita", "Assimi Goita"; "AES", "Alliance of Sahel States") shares a key. */
	key: string;
}

export interface Sentence {
	text: string;
	/** Position in the article, counting only prose sentences. */
	index: number;
	paragraph: number;
	tokens: Token[];
	mentions: Mention[];
}

/** Kinds that can stand in for each other as distractors. */
export function kindGroup(kind: EntityKind): string {
	// Places of every size list together: "the Midlands, Merseyside, Bristol and Leeds".
	return kind === 'region' || kind === 'place' || kind === 'city' || kind === 'country' ? 'place' : kind;
}

/** Kinds that can replace each other as distractors: a place only by a place of the same sort ("… Ridge", "… Ocean"). */
export function distractorGroup(m: Pick<Mention, 'kind' | 'text'>): string {
	if (m.kind !== 'place') return kindGroup(m.kind);
	const head = /(\p{L}+)$/u.exec(m.text)?.[1] ?? '';
	return /^(?:Ocean|Sea|Gulf|Bay|Strait|Lake|River)$/.test(head) ? `place:${head}` : `place:${m.text}`;
}
