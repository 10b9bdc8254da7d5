/** Why a package could not be unpacked: more than the limit (a zip or zstd bomb), or damaged. */
export type UnpackProblem = 'too-large' | 'corrupt';

export class UnpackError extends Error {
	constructor(
		readonly problem: UnpackProblem,
		detail?: string
	) {
		super(detail ? `Cannot unpack (${problem}): ${detail}` : `Cannot unpack: ${problem}`);
		this.name = 'UnpackError';
	}
}
