import { describe, expect, it } from 'vitest';
import type { Draft, DraftStorage, KeptDraft } from '../../../src/lib/library/index.ts';
import { forgetDraft, keepDraft, readKeptDraft } from '../../../src/lib/library/new-deck-draft.ts';

/** localStorage's three methods over a Map; `full` makes every write throw as a full storage does. */
function memoryStorage(full = false): DraftStorage & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			items.set(key, value);
		},
		removeItem: (key) => void items.delete(key)
	};
}

const card = {
	id: 'c1',
	type: 'qa' as const,
	prompt: 'Where?',
	answer: 'Warsaw',
	evidence: 'Born in Warsaw.'
};
const draft: Draft = {
	id: 'd1',
	text: 'Born in Warsaw. Moved to Paris.',
	english: true,
	generated: {
		title: 'Born in Warsaw',
		generatorVersion: 1,
		heldBack: 0,
		blocks: [{ kind: 'paragraph', sentences: ['Born in Warsaw.', 'Moved to Paris.'] }],
		cards: [card]
	}
};

describe('the New deck draft', () => {
	it('gives back a pasted text after a reload', () => {
		const storage = memoryStorage();
		expect(keepDraft({ stage: 'text', text: 'Four sentences as one line.' }, storage)).toBe(true);
		expect(readKeptDraft(storage)).toEqual({ stage: 'text', text: 'Four sentences as one line.' });
	});

	it('gives back the cards under review with their edits and title, without a second copy of the cards', () => {
		const storage = memoryStorage();
		const edited = { ...card, prompt: 'Where was she born?' };
		const kept: KeptDraft = { stage: 'review', text: draft.text, draft, title: 'My title', cards: [edited] };
		keepDraft(kept, storage);
		expect(readKeptDraft(storage)).toEqual({
			...kept,
			draft: { ...draft, generated: { ...draft.generated, cards: [] } }
		});
	});

	it('keeps nothing for an empty text box, and nothing once forgotten', () => {
		const storage = memoryStorage();
		keepDraft({ stage: 'text', text: 'Some text.' }, storage);
		keepDraft({ stage: 'text', text: '  ' }, storage);
		expect(readKeptDraft(storage)).toBeUndefined();
		keepDraft({ stage: 'text', text: 'Some text.' }, storage);
		forgetDraft(storage);
		expect(storage.items.size).toBe(0);
	});

	it('says when storage refuses the draft, and reads damaged or foreign data as no draft', () => {
		expect(keepDraft({ stage: 'text', text: 'Text.' }, memoryStorage(true))).toBe(false);
		expect(keepDraft({ stage: 'text', text: 'Text.' }, undefined)).toBe(false);
		const storage = memoryStorage();
		for (const raw of ['{not json', '{"stage":"review","text":"x"}', '[1,2]']) {
			storage.items.set('factdeck:new-deck-draft', raw);
			expect(readKeptDraft(storage), raw).toBeUndefined();
		}
	});
});
