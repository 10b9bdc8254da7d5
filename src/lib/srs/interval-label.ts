import { DAY_MS, HOUR_MS, MINUTE_MS } from './day.ts';

/** Unit suffixes, so a catalogue can translate them (e.g. French `{ days: 'j', months: ' mois', years: ' a' }`). */
export interface IntervalUnits {
	seconds: string;
	minutes: string;
	hours: string;
	days: string;
	months: string;
	years: string;
}

export const ENGLISH_INTERVAL_UNITS: Readonly<IntervalUnits> = Object.freeze({
	seconds: 's',
	minutes: 'm',
	hours: 'h',
	days: 'd',
	months: 'mo',
	years: 'y'
});

export interface IntervalLabelOptions {
	locale?: string;
	units?: IntervalUnits;
	/** Intervals shorter than this get a "<" (the card may come back sooner: learn-ahead). Anki uses 20 minutes. */
	collapseBelowMs?: number;
}

const YEAR_MS = 365 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

// Anki's spans: the largest unit the interval reaches; months and years keep one decimal, the others none.
const SPANS: readonly { unit: keyof IntervalUnits; ms: number; decimals: number }[] = [
	{ unit: 'years', ms: YEAR_MS, decimals: 1 },
	{ unit: 'months', ms: MONTH_MS, decimals: 1 },
	{ unit: 'days', ms: DAY_MS, decimals: 0 },
	{ unit: 'hours', ms: HOUR_MS, decimals: 0 },
	{ unit: 'minutes', ms: MINUTE_MS, decimals: 0 },
	{ unit: 'seconds', ms: 1000, decimals: 0 }
];

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
	const key = `${locale}|${decimals}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
		formats.set(key, format);
	}
	return format;
}

/** Anki-style short label for the interval a rating gives: "<1m", "<10m", "1h", "1d", "4d", "3mo", "1.2y". */
export function intervalLabel(intervalMs: number, options: IntervalLabelOptions = {}): string {
	const { locale = 'en', units = ENGLISH_INTERVAL_UNITS, collapseBelowMs = 20 * MINUTE_MS } = options;
	const ms = Math.max(0, intervalMs);
	const span = SPANS.find((candidate) => ms >= candidate.ms) ?? SPANS[SPANS.length - 1]!;
	const amount = span.decimals === 0 ? Math.round(ms / span.ms) : ms / span.ms;
	const label = numberFormat(locale, span.decimals).format(amount) + units[span.unit];
	return ms < collapseBelowMs ? `<${label}` : label;
}
