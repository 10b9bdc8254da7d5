/** Why an article could not become a deck; callers tell the cases apart by class or by `code`. */
export class GenerateError extends Error {
	readonly code: string = 'generate';
	constructor(message: string) {
		super(message);
		this.name = new.target.name;
	}
}

export class EmptyTextError extends GenerateError {
	override readonly code = 'empty';
	constructor(message = 'The text is empty.') {
		super(message);
	}
}

export class NoSentencesError extends GenerateError {
	override readonly code = 'no-sentences';
	constructor(message = 'The text has no sentences to ask about.') {
		super(message);
	}
}

/** Rebuilds the error a worker reported by its code, so callers see the same classes as in-process. */
export function errorFromCode(code: string, message: string): GenerateError {
	if (code === 'empty') return new EmptyTextError(message);
	if (code === 'no-sentences') return new NoSentencesError(message);
	return new GenerateError(message);
}
