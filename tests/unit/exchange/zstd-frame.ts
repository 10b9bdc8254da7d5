/**
 * A valid zstd frame holding `data` uncompressed (raw blocks): enough to test reading collection.anki21b
 * without a zstd compressor. Magic 0xFD2FB528, a single-segment frame header with a 4-byte content size,
 * then raw blocks of at most 128 KiB, the last one flagged.
 */
export function zstdRawFrame(data: Uint8Array): Uint8Array {
	const BLOCK = 128 * 1024;
	const blocks = Math.max(1, Math.ceil(data.length / BLOCK));
	const out = new Uint8Array(4 + 1 + 4 + blocks * 3 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, 0xfd2fb528, true);
	out[4] = 0b1010_0000; // content size in 4 bytes, single segment, no checksum, no dictionary
	view.setUint32(5, data.length, true);
	let at = 9;
	for (let i = 0; i < blocks; i++) {
		const chunk = data.subarray(i * BLOCK, (i + 1) * BLOCK);
		const header = (chunk.length << 3) | (0 << 1) | (i === blocks - 1 ? 1 : 0);
		out[at] = header & 0xff;
		out[at + 1] = (header >> 8) & 0xff;
		out[at + 2] = (header >> 16) & 0xff;
		out.set(chunk, at + 3);
		at += 3 + chunk.length;
	}
	return out;
}
