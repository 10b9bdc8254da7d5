/** Messages between the page and the generator's worker. */
import type { GeneratedDeck } from '../deck/model.ts';

export interface WorkerRequest {
	text: string;
	deckId: string;
	/** Also the cards below the quality threshold. */
	more?: boolean;
}

export type WorkerReply =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; deck: GeneratedDeck }
	| { type: 'error'; code: string; message: string };
