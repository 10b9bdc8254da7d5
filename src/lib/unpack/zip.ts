import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { concat } from './concat.ts';
import { UnpackError } from './errors.ts';

/** How much of the package is handed to the inflater at a time: deflate expands at most ~1,000×, so ≤ 16 MB a step. */
const STEP = 16 * 1024;

/**
 * The entries of a zip that `wanted` picks, unpacked while counting what they unpack to: past `limit` bytes (all
 * entries together) it stops at once with `UnpackError('too-large')`. The sizes the zip declares are never trusted,
 * neither to allocate nor to stop: a bomb whose headers declare small sizes is refused the same way. Entries not
 * wanted are skipped without being inflated.
 */
export function boundedUnzip(
	bytes: Uint8Array,
	wanted: (name: string) => boolean,
	limit: number
): Record<string, Uint8Array> {
	const out: Record<string, Uint8Array> = {};
	const open = new Set<string>();
	let total = 0;
	let failure: unknown;
	const read = (file: UnzipFile) => {
		if (!wanted(file.name)) return;
		const pieces: Uint8Array[] = [];
		let length = 0;
		open.add(file.name);
		file.ondata = (error, data, final) => {
			if (failure) return;
			if (error) {
				failure = new UnpackError('corrupt', `${file.name}: ${error.message}`);
				return;
			}
			total += data.length;
			length += data.length;
			if (total > limit) {
				failure = new UnpackError('too-large', `more than ${limit} bytes`);
				file.terminate();
				return;
			}
			pieces.push(data);
			if (final) {
				out[file.name] = concat(pieces, length);
				open.delete(file.name);
			}
		};
		file.start();
	};
	try {
		const unzip = new Unzip(read);
		unzip.register(UnzipInflate);
		for (let at = 0; at < bytes.length && !failure; at += STEP) {
			const end = Math.min(at + STEP, bytes.length);
			unzip.push(bytes.subarray(at, end), end === bytes.length);
		}
	} catch (error) {
		failure ??= new UnpackError('corrupt', String(error));
	}
	if (failure) throw failure;
	if (open.size) throw new UnpackError('corrupt', `cut short: ${[...open].join(', ')}`);
	return out;
}
