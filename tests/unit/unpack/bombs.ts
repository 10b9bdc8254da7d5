/** Packages that unpack to far more than they weigh, made in memory for the tests (and the bench). */
import { constants, deflateRawSync } from 'node:zlib';

const RLE_BLOCK = 128 * 1024;

/**
 * A zstd frame of RLE blocks (one byte repeated 128 KiB per 4-byte block) that expands to `size` bytes while its
 * header declares `declared` (absent: no content size, as a streaming compressor writes): 3.5 GiB fit in 112 KiB.
 */
export function zstdRleBomb(size: number, declared?: number): Uint8Array {
	const blocks = Math.ceil(size / RLE_BLOCK);
	const header = declared === undefined ? [0x00, 0x58] : [0xa0, ...le(declared, 4)];
	const out = new Uint8Array(4 + header.length + blocks * 4);
	out.set([0x28, 0xb5, 0x2f, 0xfd, ...header]);
	for (let i = 0, at = 4 + header.length; i < blocks; i++, at += 4) {
		const length = Math.min(RLE_BLOCK, size - i * RLE_BLOCK);
		const block = (length << 3) | (1 << 1) | (i === blocks - 1 ? 1 : 0);
		out.set([block & 0xff, (block >> 8) & 0xff, (block >> 16) & 0xff, 0x41], at);
	}
	return out;
}

function le(value: number, bytes: number): number[] {
	return Array.from({ length: bytes }, (_, i) => Math.floor(value / 2 ** (8 * i)) & 0xff);
}

/**
 * A zip of one deflated entry of `size` zero bytes, whose local and central headers declare `declared` bytes
 * (default: the truth). One megabyte of zeros is deflated once (without the final bit) and repeated, so a gigabyte
 * costs a megabyte of memory and no time.
 */
export function zipBomb(name: string, size: number, declared = size): Uint8Array {
	const MB = 1024 * 1024;
	const flushed = deflateRawSync(new Uint8Array(MB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
	const tail = deflateRawSync(new Uint8Array(size % MB), { level: 9 });
	const data = Buffer.concat([...Array<Buffer>(Math.floor(size / MB)).fill(flushed), tail]);
	const fileName = new TextEncoder().encode(name);
	const local = new DataView(new ArrayBuffer(30));
	local.setUint32(0, 0x04034b50, true);
	local.setUint16(4, 20, true);
	local.setUint16(8, 8, true); // deflate
	local.setUint32(18, data.length, true);
	local.setUint32(22, declared, true);
	local.setUint16(26, fileName.length, true);
	const central = new DataView(new ArrayBuffer(46));
	central.setUint32(0, 0x02014b50, true);
	central.setUint16(4, 20, true);
	central.setUint16(6, 20, true);
	central.setUint16(10, 8, true);
	central.setUint32(20, data.length, true);
	central.setUint32(24, declared, true);
	central.setUint16(28, fileName.length, true);
	const centralAt = 30 + fileName.length + data.length;
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, 1, true);
	end.setUint16(10, 1, true);
	end.setUint32(12, 46 + fileName.length, true);
	end.setUint32(16, centralAt, true);
	return Buffer.concat([
		new Uint8Array(local.buffer),
		fileName,
		data,
		new Uint8Array(central.buffer),
		fileName,
		new Uint8Array(end.buffer)
	]);
}
