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
		// The short form of a bare byte count is "940 byte" in English: the long one says "940 bytes".
		unitDisplay: unit === 0 ? 'long' : 'short',
		maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0
	}).format(value);
}

/** When something happens, said briefly: "in 10 minutes", "in 3 hours", else a date with its time. */
export function formatWhen(at: number, now: number, locale = LOCALE): string {
	const minutes = Math.round((at - now) / 60_000);
	const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	if (minutes < 60) return relative.format(Math.max(1, minutes), 'minute');
	if (minutes < 12 * 60) return relative.format(Math.round(minutes / 60), 'hour');
	return new Intl.DateTimeFormat(locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		hour: 'numeric',
		minute: '2-digit'
	}).format(at);
}

export function formatPercent(fraction: number, locale = LOCALE): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

export function formatDay(epochMs: number, locale = LOCALE): string {
	return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(epochMs);
}

/** "2 min 5 sec", "45 sec". */
export function formatDuration(ms: number, locale = LOCALE): string {
	const seconds = Math.round(ms / 1000);
	const unit = (value: number, name: 'minute' | 'second') =>
		new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
	const minutes = Math.floor(seconds / 60);
	return minutes ? `${unit(minutes, 'minute')} ${unit(seconds % 60, 'second')}` : unit(seconds, 'second');
}
