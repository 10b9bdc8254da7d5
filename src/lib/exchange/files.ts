import { ExchangeError } from './errors.ts';

/** What a chosen file is taken for, by its name. */
export type ExchangeKind = 'tsv' | 'csv' | 'apkg';

export const MAX_TABLE_BYTES = 20 * 1024 * 1024;
export const MAX_APKG_BYTES = 200 * 1024 * 1024;

const KINDS: Record<string, ExchangeKind> = { txt: 'tsv', tsv: 'tsv', csv: 'csv', apkg: 'apkg' };
const LIMITS: Record<ExchangeKind, number> = {
	tsv: MAX_TABLE_BYTES,
	csv: MAX_TABLE_BYTES,
	apkg: MAX_APKG_BYTES
};

export const ACCEPTED_EXCHANGE_FILES = '.apkg,.txt,.tsv,.csv,text/csv,text/tab-separated-values,text/plain';

export function exchangeKindOf(fileName: string): ExchangeKind | undefined {
	return KINDS[fileName.toLowerCase().split('.').pop() ?? ''];
}

/** Checks name and size before the file is read into memory, then returns its bytes. */
export async function readExchangeFile(
	file: Blob & { name: string }
): Promise<{ kind: ExchangeKind; bytes: Uint8Array }> {
	const kind = exchangeKindOf(file.name);
	if (!kind) throw new ExchangeError('unsupported');
	if (file.size === 0) throw new ExchangeError('empty');
	if (file.size > LIMITS[kind]) throw new ExchangeError('too-large');
	return { kind, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** UTF-8 text, or a refusal: spreadsheets saved in another encoding must be saved again as UTF-8. */
export function decodeText(bytes: Uint8Array): string {
	if (bytes.subarray(0, 8192).includes(0)) throw new ExchangeError('binary');
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ExchangeError('binary');
	}
}

/** A file name from a deck title: letters, digits, spaces and dashes only. */
export function fileNameFor(title: string, extension: string): string {
	const base = title
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.replace(/\s+/g, '-')
		.slice(0, 60);
	return `${base || 'deck'}.${extension}`;
}
