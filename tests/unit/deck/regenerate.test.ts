import { describe, expect, it } from 'vitest';
import { toCard } from '../../../src/lib/deck/cards.ts';
import type { Card, CardContent, Deck, GeneratedDeck } from '../../../src/lib/deck/model.ts';
import { canRegenerate, isOutdated } from '../../../src/lib/deck/outdated.ts';
import { regenerate, regeneratedDeck, type RegenerationInput } from '../../../src/lib/deck/regenerate.ts';
import { normalizeAnswer } from '../../../src/lib/generate/match.ts';
import { DAY, makeDeck, NOW, reviewed } from '../db/builders.ts';

const BAMAKO = 'The charter was signed in Bamako.';
const YEAR = 'The insurgency erupted in northern Mali in 2012.';

const cloze: CardContent = {
	id: 'g-cloze',
	type: 'cloze',
	prompt: 'The charter was signed in _____.',
	answer: 'Bamako',
	evidence: BAMAKO,
	sibling: 's1'
};
const short: CardContent = {
	...cloze,
	id: 'g-short',
	type: 'short',
	prompt: 'Where was the charter signed?'
};
const year: CardContent = {
	id: 'g-year',
	type: 'cloze',
	prompt: 'The insurgency erupted in northern Mali in _____.',
	answer: '2012',
	evidence: YEAR
};

/** A card as the generator made it and stored, never studied. */
const stored = (content: CardContent): Card => ({ ...toCard(content, 'd', NOW - DAY), generated: true });
/** A card as the generator made it, studied once. */
function studied(content: CardContent): Card {
	const { srs } = reviewed('d', content.id, NOW + 3 * DAY);
	return { ...stored(content), srs };
}

function run(storedCards: Card[], fresh: CardContent[], reviewedIds: string[] = []) {
	const input: RegenerationInput = {
		deckId: 'd',
		stored: storedCards,
		reviewed: new Set(reviewedIds),
		fresh,
		normalize: normalizeAnswer,
		now: NOW
	};
	return regenerate(input);
}

const ids = (cards: Card[]) => cards.map((card) => card.id).sort();

describe('which decks can be regenerated', () => {
	it('those with their article, not those from a link or a spreadsheet', () => {
		const deck = makeDeck('d', { generatorVersion: 1 });
		expect(canRegenerate(deck)).toBe(true);
		expect(canRegenerate({ ...deck, origin: 'default' })).toBe(true);
		expect(canRegenerate({ ...deck, origin: 'shared' })).toBe(false);
		expect(canRegenerate({ ...deck, text: ' \n', blocks: [], generatorVersion: undefined })).toBe(false);
	});

	it('suggests it for decks made by an older generator only', () => {
		const deck = makeDeck('d', { generatorVersion: 1 });
		expect([isOutdated(deck, 1), isOutdated(deck, 2)]).toEqual([false, true]);
		expect(isOutdated({ ...deck, origin: 'shared' }, 2)).toBe(false);
	});
});

describe('regenerating a deck', () => {
	it('keeps a studied card’s id and progress when the same card is made again', () => {
		const old = studied(cloze);
		const result = run([old], [cloze]);
		expect(result.unchanged).toEqual([old]);
		expect(result.cards).toEqual([old]);
	});

	it('matches by sentence and normalised answer when the answer’s form (and so the id) changed', () => {
		const old = { ...studied({ ...cloze, answer: 'the Bamako' }), priority: 2, suspended: true };
		const better: CardContent = {
			...cloze,
			id: 'new-id',
			kind: 'city',
			options: ['Niamey', 'Dakar', 'Accra']
		};
		const result = run([old], [better]);
		expect(result.updated).toEqual([
			{ ...old, answer: 'Bamako', kind: 'city', options: ['Niamey', 'Dakar', 'Accra'], updatedAt: NOW }
		]);
		expect(result.added).toEqual([]);
	});

	it('matches across types, preferring the same type when several cards ask the same thing', () => {
		const oldShort = studied(short);
		const oldCloze = studied(cloze);
		const newCloze = { ...cloze, id: 'c2', prompt: 'It was signed in _____.' };
		const newQa = { ...short, id: 'q2', type: 'qa' as const };
		// Without the preference the question would take the cloze card, listed first.
		const result = run([oldCloze, oldShort], [newQa, newCloze]);
		const byId = new Map(result.cards.map((card) => [card.id, card]));
		expect(byId.get('g-cloze')?.prompt).toBe('It was signed in _____.');
		expect(byId.get('g-short')?.type).toBe('qa');
		expect({ added: result.added, updated: ids(result.updated) }).toEqual({
			added: [],
			updated: ['g-cloze', 'g-short']
		});
	});

	it('adds cards the generator makes now, new and marked as made by it', () => {
		const result = run([stored(cloze)], [cloze, year]);
		expect(result.added).toEqual([{ ...toCard(year, 'd', NOW), generated: true }]);
	});

	it('retires a studied card the generator no longer makes: kept, suspended, never deleted', () => {
		const old = studied(year);
		const logged = stored({ ...year, id: 'logged', answer: 'Mali' });
		const result = run([old, logged, stored(cloze)], [cloze], ['logged']);
		expect(result.retired).toEqual([
			{ ...old, suspended: true, updatedAt: NOW },
			{ ...logged, suspended: true, updatedAt: NOW }
		]);
		expect(ids(result.cards)).toEqual(['g-cloze', 'g-year', 'logged']);
	});

	it('removes a card never studied that the generator no longer makes', () => {
		const result = run([stored(year), stored(cloze)], [cloze]);
		expect(result.removed).toEqual([stored(year)]);
		expect(ids(result.cards)).toEqual(['g-cloze']);
	});

	it('keeps the person’s cards as they are, even when the generator dropped their fact', () => {
		const handMade = toCard(
			{ id: 'uuid-1', type: 'qa', prompt: 'Who?', answer: 'Me', evidence: '' },
			'd',
			NOW
		);
		const edited = toCard({ ...year, prompt: 'In which year did it start?' }, 'd', NOW - DAY);
		const result = run([handMade, edited], [cloze]);
		expect(result.own).toEqual([handMade, edited]);
		expect(result.retired).toEqual([]);
		expect(ids(result.cards)).toEqual(['g-cloze', 'g-year', 'uuid-1']);
	});

	it('does not add a card beside the person’s edit of it or their own card asking the same thing', () => {
		const edited = toCard({ ...cloze, answer: 'Bamako, Mali' }, 'd', NOW - DAY);
		const own = toCard({ ...year, id: 'uuid-2', type: 'qa', prompt: 'When?' }, 'd', NOW - DAY);
		const result = run([edited, own], [cloze, year]);
		expect(result.cards).toEqual([edited, own]);
		expect(result.added).toEqual([]);
	});

	it('pairs every stored card with one new card at most', () => {
		const result = run([studied(cloze)], [cloze, { ...cloze, id: 'twin', type: 'short' }]);
		expect({ unchanged: ids(result.unchanged), added: ids(result.added) }).toEqual({
			unchanged: ['g-cloze'],
			added: ['twin']
		});
	});
});

describe('the regenerated deck record', () => {
	it('takes the article as read now and the generator’s version, keeping the person’s title', () => {
		const deck: Deck = makeDeck('d', { title: 'My title', generatorVersion: 1 });
		const generated: GeneratedDeck = {
			title: 'Other',
			blocks: [{ kind: 'paragraph', sentences: ['A.', 'B.'] }],
			generatorVersion: 2,
			cards: [],
			heldBack: 0
		};
		expect(regeneratedDeck(deck, generated, NOW)).toEqual({
			...deck,
			blocks: generated.blocks,
			generatorVersion: 2,
			updatedAt: NOW
		});
	});
});
