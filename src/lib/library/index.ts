export { DEFAULT_DECK_ID, loadDefaultDeck } from './default-deck.ts';
export { keepDataSafe, openDeck, openLibrary, type Library, type OpenedDeck } from './library.service.ts';
export { draftDeck, draftMoreCards, offersMoreCards, saveDraft, type Draft } from './new-deck.service.ts';
export {
	forgetDraft,
	keepDraft,
	readKeptDraft,
	type DraftStorage,
	type KeptDraft
} from './new-deck-draft.ts';
