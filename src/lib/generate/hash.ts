/** cyrb53: a fast 53-bit string hash, stable across runs and platforms. */
export function cyrb53(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A short stable id of several parts (joined with a separator no text contains). */
export function stableId(...parts: string[]): string {
	return cyrb53(parts.join('\u0000')).toString(36);
}

/** Orders items the same way every time for the same seed (Fisher–Yates driven by the hash). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = cyrb53(seed, i) % (i + 1);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}
