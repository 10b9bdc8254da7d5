/** Logistic regression by batch gradient descent with an L2 penalty: small, dependency-free and reproducible. */
export interface LogisticModel {
	bias: number;
	weights: number[];
}

export function fitLogistic(
	xs: number[][],
	ys: number[],
	{ l2, iterations, rate }: { l2: number; iterations: number; rate: number }
): LogisticModel {
	const n = xs.length;
	const d = xs[0]?.length ?? 0;
	const weights = new Array<number>(d).fill(0);
	let bias = 0;
	for (let it = 0; it < iterations; it++) {
		const grad = new Array<number>(d).fill(0);
		let gradBias = 0;
		for (let i = 0; i < n; i++) {
			const x = xs[i] as number[];
			let z = bias;
			for (let j = 0; j < d; j++) z += (weights[j] as number) * (x[j] as number);
			const error = 1 / (1 + Math.exp(-z)) - (ys[i] as number);
			gradBias += error;
			for (let j = 0; j < d; j++) grad[j] = (grad[j] as number) + error * (x[j] as number);
		}
		bias -= (rate * gradBias) / n;
		for (let j = 0; j < d; j++)
			weights[j] = (weights[j] as number) - rate * ((grad[j] as number) / n + l2 * (weights[j] as number));
	}
	return { bias, weights };
}
