/** Modules made at build time by scripts/default-deck-plugin.ts. */
declare module 'virtual:default-deck' {
	const deck: import('$lib/deck/model').GeneratedDeck & { id: string; text: string };
	export default deck;
}
