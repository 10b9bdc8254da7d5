/** What can be wrong with a quiz link or a result code, as classes callers can tell apart. */
export class ShareCodeError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = new.target.name;
	}
}

/** Shorter than any valid code: cut off while copying. */
export class TruncatedCodeError extends ShareCodeError {}

/** The checksum does not match, or the bytes do not decompress: damaged on the way. */
export class CorruptedCodeError extends ShareCodeError {}

/** The checksum matches but the content is not a quiz (or result) this app can use: made or edited by hand. */
export class InvalidContentError extends ShareCodeError {}

/** Larger than any quiz this app makes. */
export class OversizedCodeError extends ShareCodeError {}

/** Made by a newer version of the app: updating it will open the code. */
export class NewerVersionError extends ShareCodeError {}
