/**
 * Text as it comes into the app: articles, quiz links, result codes and imported files each pass through
 * `normalizeText` once, at the way in; a new way in (another file format, the share target) calls it too.
 * No imports: every layer may use it.
 */

/**
 * Invisible characters that change how text reads or compares without being seen: C0 and C1 controls (tab and line
 * breaks excepted), the soft hyphen, the zero-width space, the word joiner, bidi embeddings, overrides and isolates,
 * and the byte order mark. Kept: ZWJ and ZWNJ (emoji, Persian, Arabic and Indic scripts need them) and the LRM, RLM
 * and ALM marks, which only nudge neutral characters.
 */
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** NFC, without the invisible characters above. Existing records are never rewritten, so their ids stay. */
export function normalizeText(text: string): string {
	return text.normalize('NFC').replace(INVISIBLE, '');
}

/**
 * The key two names are compared on: normalised, then NFKC (full-width and compatibility forms as their plain
 * letters), case-folded ("ß" as "ss"), spaces collapsed. "Idx\u200b127" and "ＩＤＸ127" are the same student.
 */
export function nameKey(name: string): string {
	return normalizeText(name).normalize('NFKC').toUpperCase().toLowerCase().replace(/\s+/g, ' ').trim();
}
