import { toBase64Url } from './bytes.ts';

/** Eight base64url characters (48 bits) of SHA-256 over the quiz's compact JSON. */
export async function quizIdOf(json: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', json as Uint8Array<ArrayBuffer>);
	return toBase64Url(new Uint8Array(digest).subarray(0, 6));
}
