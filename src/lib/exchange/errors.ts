/** Why a file cannot be imported; nothing is stored when one of these is thrown. */
export type ExchangeProblem =
	| 'empty'
	| 'too-large'
	| 'unsupported'
	| 'binary'
	| 'bad-quoting'
	| 'no-notes'
	| 'malformed-apkg'
	| 'unpacked-too-large';

export class ExchangeError extends Error {
	constructor(
		readonly problem: ExchangeProblem,
		detail?: string
	) {
		super(detail ? `Unusable file (${problem}): ${detail}` : `Unusable file: ${problem}`);
		this.name = 'ExchangeError';
	}
}
