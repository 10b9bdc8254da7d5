/** Acronyms the article defines: "Alliance of Sahel States (AES)". */

/** "Long Form (ACR)" definitions: the shortest run of capitalized words whose initials spell the acronym, else the whole run. */
export function collectAcronyms(sentence: string, into: Map<string, string>): void {
	const re =
		/(\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|the|for|and|de|du|des)\s+)*\p{Lu}[\p{L}-]*)*)\s+\(([\p{Lu}\d]{2,8})\)/gu;
	for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
		const [, long = '', acr = ''] = m;
		const words = long.split(/\s+/);
		const letters = acr.replace(/[^\p{Lu}]/gu, '');
		let found = words.length >= 2 && words[0]?.[0] === acr[0] ? long : '';
		for (let k = words.length - 1; k >= 0; k--) {
			const initials = words
				.slice(k)
				.filter((w) => /^\p{Lu}/u.test(w))
				.map((w) => w[0])
				.join('');
			if (initials === letters) found = words.slice(k).join(' ');
		}
		if (found) into.set(acr, found);
	}
}
