/** A cheap guess whether a text is English: the share of its words that are common English function words. */
const STOPWORDS = new Set(
	(
		'the of and to in a is that for it as was with be by on not he i this are or his from at which but have an ' +
		'they you were her she there been one all we their has would when who will more no if out so said what up its ' +
		'about into than them can only other new some could these two may then do first any my now such like our over ' +
		'also after where most through had since while between'
	).split(' ')
);

export function looksEnglish(text: string): boolean {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < 5) return true;
	const sample = words.slice(0, 2000);
	return sample.filter((w) => STOPWORDS.has(w)).length / sample.length >= 0.15;
}
