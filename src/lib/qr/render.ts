/** A QR code as one SVG path (dark modules), loaded only where a QR code is shown. */
import { correction, generate } from 'lean-qr';

export interface QrDrawing {
	/** Width and height in modules, quiet zone included. */
	size: number;
	path: string;
	version: number;
}

const QUIET_ZONE = 4;

/**
 * Level M at least survives a smudge or a glare on a projector (a higher level when the code has room for it); long
 * texts fall back to L to stay in one code. lean-qr splits the text into the segments that take the fewest modules:
 * a link's address in byte mode, an upper-case base32 fragment in alphanumeric mode.
 */
export function drawQr(text: string): QrDrawing {
	let code;
	try {
		code = generate(text, { minCorrectionLevel: correction.M });
	} catch {
		code = generate(text, { minCorrectionLevel: correction.L });
	}
	let path = '';
	for (let y = 0; y < code.size; y++)
		for (let x = 0; x < code.size; x++)
			if (code.get(x, y)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
	return { size: code.size + 2 * QUIET_ZONE, path, version: (code.size - 17) / 4 };
}
