import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/i18n/format.ts';

describe('formatBytes', () => {
	it('says bytes in the plural and larger sizes in short units', () => {
		expect(formatBytes(940)).toBe('940 bytes');
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(1_234)).toBe('1.2 kB');
		expect(formatBytes(151_400)).toBe('151 kB');
		expect(formatBytes(2_500_000)).toBe('2.5 MB');
	});
});
