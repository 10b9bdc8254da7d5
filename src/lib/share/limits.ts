/** Bounds on what a link or result code may hold; well above anything the app makes, far below harm. */
export const LIMITS = {
	linkChars: 12_000,
	payloadBytes: 64 * 1024,
	questions: 60,
	choices: 6,
	text: 2_000,
	name: 60,
	resultChars: 4_000
} as const;

/**
 * 2: context lines. 3: prompts as edits of their sentence, deflate with a preset dictionary, and a base32 form for
 * QR codes. Links of every earlier version keep opening.
 */
export const LINK_VERSION = 3;
export const RESULT_VERSION = 1;
