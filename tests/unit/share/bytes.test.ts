import { describe, expect, it } from 'vitest';
import { crc32, fromBase64Url, toBase64Url } from '../../../src/lib/share/bytes.ts';

describe('bytes', () => {
	it('computes the standard CRC-32', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it.each([0, 1, 2, 3, 4, 5, 255])('writes %i bytes as Node writes base64url', (n) => {
		const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
		const code = toBase64Url(bytes);
		expect(code).toBe(Buffer.from(bytes).toString('base64url'));
		expect(fromBase64Url(code)).toEqual(bytes);
	});
});
