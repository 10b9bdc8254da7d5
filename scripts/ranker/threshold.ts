/** Choosing the score a card must reach to ship: the lowest at which judged precision reaches the target. */
export interface Scored {
	score: number;
	accepted: boolean;
}

export function precisionRecall(
	set: Scored[],
	threshold: number
): { precision: number; recall: number; kept: number } {
	const kept = set.filter((e) => e.score >= threshold);
	const good = kept.filter((e) => e.accepted).length;
	const allGood = set.filter((e) => e.accepted).length;
	return {
		precision: kept.length ? good / kept.length : 1,
		recall: allGood ? good / allGood : 0,
		kept: kept.length
	};
}

/**
 * The lowest threshold whose kept cards reach `target` precision, counting only thresholds that keep at least ten
 * cards (a precision of a handful of cards means little); the strictest such threshold when none reaches it.
 */
export function chooseThreshold(set: Scored[], target: number): number {
	const scores = [...new Set(set.map((e) => e.score))].sort((a, b) => a - b);
	let best: { threshold: number; precision: number } | undefined;
	for (const t of scores) {
		const { precision, kept } = precisionRecall(set, t);
		if (kept < 10) break;
		if (precision >= target) return t;
		if (!best || precision > best.precision) best = { threshold: t, precision };
	}
	return best?.threshold ?? 0.5;
}
