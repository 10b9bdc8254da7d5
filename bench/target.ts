// How a figure compares with its target: a figure over its target is marked, not printed like the others.

/** "(target < 100 ms)" when `value` is within `target`, else "OVER TARGET: target < 100 ms". */
export function versus(value: number, target: number, show: (n: number) => string): string {
	return value <= target ? `(target < ${show(target)})` : `<- OVER TARGET: target < ${show(target)}`;
}

export const ms = (n: number) => `${Math.round(n)} ms`;

/** For figures that must reach a floor (scores): "(target ≥ 98)", else marked like a figure over its target. */
export function atLeast(value: number, floor: number, show: (n: number) => string = String): string {
	return value >= floor ? `(target ≥ ${show(floor)})` : `<- BELOW TARGET: target ≥ ${show(floor)}`;
}

/** The middle of several runs: one slow run on a shared machine does not move it. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
