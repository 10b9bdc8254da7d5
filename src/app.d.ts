// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

declare module 'virtual:default-deck' {
	import type { Deck } from '$lib/deck/model';
	const deck: Omit<Deck, 'origin' | 'createdAt' | 'updatedAt'> & import('$lib/deck/model').GeneratedDeck;
	export default deck;
}

export {};
