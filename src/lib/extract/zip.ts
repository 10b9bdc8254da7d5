/** Zip packages opened with a bound on what they unpack to, so a small file cannot fill the memory (a zip bomb). */
import { unzipSync } from 'fflate';
import { ArticleInputError } from '../import/index.ts';

/** The most a Word file may unpack to; its text and styles are rarely over a few megabytes. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/**
 * The entries `wanted` picks, unpacked. fflate inflates each entry into a buffer of the size the zip declares and
 * stops there, so the declared sizes, which are checked first, bound the memory used.
 */
export function boundedUnzip(
	bytes: Uint8Array,
	wanted: (name: string) => boolean,
	limit = MAX_UNPACKED_BYTES
): Record<string, Uint8Array> {
	let total = 0;
	try {
		return unzipSync(bytes, {
			filter: (entry) => {
				if (!wanted(entry.name)) return false;
				total += entry.originalSize;
				if (total > limit) throw new ArticleInputError('unpacked-too-large');
				return true;
			}
		});
	} catch (error) {
		if (error instanceof ArticleInputError) throw error;
		throw new ArticleInputError('corrupt-docx', String(error));
	}
}
