/** Dates, numbers and sizes go through Intl, in the interface's language. */
export const LOCALE = 'en';

export function formatDate(epochMs: number, locale = LOCALE): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(epochMs);
}

export function formatBytes(bytes: number, locale = LOCALE): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0
	}).format(value);
}
