/** A QR code as one SVG path (dark modules), loaded only where a QR code is shown. */
import { encode } from 'uqr';

export interface QrDrawing {
	/** Width and height in modules, quiet zone included. */
	size: number;
	path: string;
	version: number;
}

/** Level M survives a smudge or a glare on a projector; long links fall back to L to stay in one code. */
export function drawQr(text: string): QrDrawing {
	let qr;
	try {
		qr = encode(text, { ecc: 'M', border: 4 });
	} catch {
		qr = encode(text, { ecc: 'L', border: 4 });
	}
	let path = '';
	qr.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) path += `M${x} ${y}h1v1h-1z`;
		})
	);
	return { size: qr.size, path, version: qr.version };
}
