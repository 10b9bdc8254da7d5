import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { linkDictionary } from '../../../scripts/link-dictionary.ts';
import { DICTIONARY_V3 } from '../../../src/lib/share/dictionary-v3.ts';

describe('the preset dictionary of link version 3', () => {
	it('is made only from the word-frequency list (scripts/link-dictionary.ts)', () => {
		expect(DICTIONARY_V3).toBe(linkDictionary());
	});

	it('never changes: links made with it must keep opening', () => {
		const digest = createHash('sha256').update(DICTIONARY_V3).digest('hex');
		expect(digest).toBe(FROZEN_SHA256);
	});
});

const FROZEN_SHA256 = '4c25ffea46c3a502b238a253cda09a904e4adcc56e31501c6dfd832ec7c45421';
