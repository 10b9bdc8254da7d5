// How a figure compares with its target: a figure over its target is marked, not printed like the others.

/** "(target < 100 ms)" when `value` is within `target`, else "OVER TARGET: target < 100 ms". */
export function versus(value: number, target: number, show: (n: number) => string): string {
	return value <= target ? `(target < ${show(target)})` : `<- OVER TARGET: target < ${show(target)}`;
}

export const ms = (n: number) => `${Math.round(n)} ms`;
