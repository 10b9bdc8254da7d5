import { en } from './en.ts';

export type { Catalogue } from './en.ts';
export {
	formatBytes,
	formatDate,
	formatDay,
	formatDuration,
	formatPercent,
	formatWhen,
	LOCALE
} from './format.ts';

/** The interface's strings. */
export const t = en;
