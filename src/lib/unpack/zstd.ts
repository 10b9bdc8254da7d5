import { Decompress } from 'fzstd';
import { concat } from './concat.ts';
import { UnpackError } from './errors.ts';

const MAGIC = 0xfd2fb528;
const BLOCK_MAX = 128 * 1024;
/** Input handed to the decoder at a time, so that output is counted (and stopped) as it is made. */
const STEP = 64 * 1024;

interface FrameShape {
	/** The window the decoder allocates for this frame. */
	window: number;
	/** Bytes the frame's raw and RLE blocks are sure to produce (compressed blocks are not counted). */
	certain: number;
}

const u32 = (bytes: Uint8Array, at: number) =>
	((bytes[at] ?? 0) |
		((bytes[at + 1] ?? 0) << 8) |
		((bytes[at + 2] ?? 0) << 16) |
		((bytes[at + 3] ?? 0) << 24)) >>>
	0;

/**
 * Walks the frames' block headers without decoding anything (RFC 8878 §3.1): the window each frame asks for and the
 * output its raw and RLE blocks will certainly make. A bomb made of RLE blocks, or a frame asking for a huge window,
 * is refused before a byte is decoded.
 */
function shapes(bytes: Uint8Array): FrameShape[] {
	const frames: FrameShape[] = [];
	let at = 0;
	while (at < bytes.length) {
		const magic = u32(bytes, at);
		if ((magic & 0xfffffff0) === 0x184d2a50) {
			at += 8 + u32(bytes, at + 4); // a skippable frame
			continue;
		}
		if (magic !== MAGIC) throw new UnpackError('corrupt', 'not zstd');
		const descriptor = bytes[at + 4] ?? 0;
		const singleSegment = (descriptor >> 5) & 1;
		const checksum = (descriptor >> 2) & 1;
		const dictionaryBytes = [0, 1, 2, 4][descriptor & 3] as number;
		const sizeFlag = descriptor >> 6;
		const sizeBytes = sizeFlag ? 1 << sizeFlag : singleSegment;
		let header = at + 5;
		let window = 0;
		if (!singleSegment) {
			const exponent = (bytes[header] ?? 0) >> 3;
			const base = 2 ** (10 + exponent);
			window = base + (base / 8) * ((bytes[header] ?? 0) & 7);
			header += 1;
		}
		header += dictionaryBytes;
		let contentSize = 0;
		for (let i = 0; i < sizeBytes; i++) contentSize += (bytes[header + i] ?? 0) * 2 ** (8 * i);
		if (sizeFlag === 1) contentSize += 256;
		if (singleSegment) window = contentSize;
		at = header + sizeBytes;
		let certain = 0;
		for (let last = 0; !last;) {
			if (at + 3 > bytes.length) throw new UnpackError('corrupt', 'cut short');
			const block =
				(bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16);
			last = block & 1;
			const type = (block >> 1) & 3;
			const size = block >>> 3;
			if (type === 3 || size > BLOCK_MAX) throw new UnpackError('corrupt', 'bad block');
			if (type !== 2) certain += size;
			at += 3 + (type === 1 ? 1 : size);
		}
		at += checksum * 4;
		frames.push({ window, certain });
	}
	return frames;
}

/**
 * Zstandard data decompressed while counting what it makes: past `limit` bytes it stops at once with
 * `UnpackError('too-large')`, whatever the frame headers declare.
 */
export function boundedZstd(bytes: Uint8Array, limit: number): Uint8Array {
	const frames = shapes(bytes);
	const certain = frames.reduce((sum, frame) => sum + frame.certain, 0);
	if (certain > limit || frames.some((frame) => frame.window > limit))
		throw new UnpackError('too-large', `more than ${limit} bytes`);
	const pieces: Uint8Array[] = [];
	let total = 0;
	let failure: UnpackError | undefined;
	let done = false;
	const stream = new Decompress((data, final) => {
		if (failure) return;
		total += data.length;
		if (total > limit) failure = new UnpackError('too-large', `more than ${limit} bytes`);
		else pieces.push(data);
		if (final) done = true;
	});
	try {
		for (let at = 0; at < bytes.length && !failure; at += STEP) {
			const end = Math.min(at + STEP, bytes.length);
			stream.push(bytes.subarray(at, end), end === bytes.length);
		}
	} catch (error) {
		failure ??= new UnpackError('corrupt', String(error));
	}
	if (failure) throw failure;
	if (!done) throw new UnpackError('corrupt', 'cut short');
	return concat(pieces, total);
}
