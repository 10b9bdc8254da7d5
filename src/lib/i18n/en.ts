/** Every string the interface shows, in English. A French catalogue will have the same shape. */
import { data } from './en/data.ts';
import { core } from './en/core.ts';
import { quiz } from './en/quiz.ts';
import { shell } from './en/shell.ts';
import { study } from './en/study.ts';

export const en = {
	...shell,
	...core,
	...study,
	...quiz,
	...data,
	// Areas whose first-page words live in the shell.
	cards: { ...shell.cards, ...core.cards },
	newDeck: { ...shell.newDeck, ...core.newDeck },
	exchange: { ...shell.exchange, ...data.exchange },
	study: { ...shell.study, ...study.study }
};

export type Catalogue = typeof en;
