const plurals = new Intl.PluralRules('en');

export function formatInt(n: number): string {
	return new Intl.NumberFormat('en').format(n);
}

/** "1 card", "2 cards": a number with its noun in the right form. */
export function count(n: number, one: string, other: string): string {
	return `${formatInt(n)} ${plurals.select(n) === 'one' ? one : other}`;
}
