/** One array from the pieces a stream gave, in order. */
export function concat(pieces: readonly Uint8Array[], length: number): Uint8Array {
	if (pieces.length === 1 && pieces[0]?.length === length) return pieces[0];
	const out = new Uint8Array(length);
	let at = 0;
	for (const piece of pieces) {
		out.set(piece, at);
		at += piece.length;
	}
	return out;
}
