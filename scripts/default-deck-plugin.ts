import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { generateDeck } from '../src/lib/generate/index.ts';

const VIRTUAL_ID = 'virtual:default-deck';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const ARTICLE = new URL('../src/lib/deck/default/sahel-alliance.txt', import.meta.url);

/** The deck a first launch opens on, generated at build time so that the app runs no NLP to show it. */
export function buildDefaultDeck() {
	const text = readFileSync(ARTICLE, 'utf8');
	const deck = generateDeck(text, { deckId: 'sahel-alliance' });
	return { id: 'sahel-alliance', text, ...deck, subtitle: 'Alliance of Sahel States' };
}

/** Serves `virtual:default-deck`: the default deck as a module, so that it is a chunk of its own. */
export function defaultDeckPlugin(): Plugin {
	return {
		name: 'factdeck:default-deck',
		resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			this.addWatchFile(ARTICLE.pathname);
			return `export default ${JSON.stringify(buildDefaultDeck())};`;
		}
	};
}
