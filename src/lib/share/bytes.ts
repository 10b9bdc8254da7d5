/**
 * Byte helpers for the link and result-code formats: base64url, base32 (for QR codes), CRC-32, and inflating the
 * deflate-raw of links before version 3 through the platform's streams, with a limit.
 */
import { CorruptedCodeError, OversizedCodeError } from './errors.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Strict: any character outside base64url, or an impossible length, is damage. */
export function fromBase64Url(text: string): Uint8Array {
	if (text.length % 4 === 1) throw new CorruptedCodeError('Not a whole number of bytes.');
	const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let value = 0;
	let at = 0;
	for (const c of text) {
		const digit = LOOKUP.get(c);
		if (digit === undefined) throw new CorruptedCodeError('A character that cannot be in a code.');
		value = ((value << 6) | digit) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (value >> bits) & 0xff;
		}
	}
	return bytes;
}

/** RFC 4648's base32 alphabet: all within a QR code's alphanumeric mode (5.5 bits a character, not 8). */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE32_LOOKUP = new Map([...BASE32].map((c, i) => [c, i]));

export function isBase32(text: string): boolean {
	return /^[A-Z2-7]+$/.test(text);
}

/** Upper-case base32 without padding. */
export function toBase32(bytes: Uint8Array): string {
	let out = '';
	let value = 0;
	let bits = 0;
	for (const byte of bytes) {
		value = ((value << 8) | byte) & 0xfff;
		bits += 8;
		while (bits >= 5) out += BASE32[(value >> (bits -= 5)) & 31];
	}
	return bits ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/** Strict: any character outside the alphabet, or an impossible length, is damage. */
export function fromBase32(text: string): Uint8Array {
	if ([1, 3, 6].includes(text.length % 8)) throw new CorruptedCodeError('Not a whole number of bytes.');
	const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
	let value = 0;
	let bits = 0;
	let at = 0;
	for (const c of text) {
		const digit = BASE32_LOOKUP.get(c);
		if (digit === undefined) throw new CorruptedCodeError('A character that cannot be in a code.');
		value = ((value << 5) | digit) & 0xfff;
		bits += 5;
		if (bits >= 8) bytes[at++] = (value >> (bits -= 8)) & 0xff;
	}
	return bytes;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** `body` followed by its CRC-32, big-endian. */
export function withChecksum(body: Uint8Array): Uint8Array {
	const out = new Uint8Array(body.length + 4);
	out.set(body);
	new DataView(out.buffer).setUint32(body.length, crc32(body));
	return out;
}

/** The body when the last four bytes are its CRC-32; else the code was damaged. */
export function checkedBody(bytes: Uint8Array): Uint8Array {
	const body = bytes.subarray(0, bytes.length - 4);
	const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(body.length);
	if (stored !== crc32(body)) throw new CorruptedCodeError('The checksum does not match.');
	return body;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel().catch(() => undefined);
			throw new OversizedCodeError('The content is larger than any quiz.');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

function through(bytes: Uint8Array, transform: DecompressionStream, limit: number) {
	const source = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
	return readAll(source.pipeThrough(transform), limit);
}

/** Inflates at most `limit` bytes; anything that is not deflate data is damage. */
export async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
	try {
		return await through(bytes, new DecompressionStream('deflate-raw'), limit);
	} catch (error) {
		if (error instanceof OversizedCodeError) throw error;
		throw new CorruptedCodeError('The content does not decompress.', { cause: error });
	}
}
