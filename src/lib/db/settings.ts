/** App settings: one record, read through `normalizeSettings` so missing or unknown keys fall back to defaults. */

export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
	textSize: TextSize;
	/** FSRS desired retention (0.70–0.97 in the UI). */
	desiredRetention: number;
	newCardsPerDay: number;
	maxReviewsPerDay: number;
	maximumIntervalDays: number;
	/** Set once the default deck has been stored, so deleting it (or all data) does not bring it back. */
	defaultDeckSeeded: boolean;
	/** Set once `navigator.storage.persist()` has been asked. */
	persistRequested: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	textSize: 'medium',
	desiredRetention: 0.9,
	newCardsPerDay: 20,
	maxReviewsPerDay: 200,
	maximumIntervalDays: 36500,
	defaultDeckSeeded: false,
	persistRequested: false
});

/** The whole numbers the settings page accepts; stored or restored values outside them read as the default. */
export const SETTING_LIMITS = {
	newCardsPerDay: { min: 0, max: 9999 },
	maxReviewsPerDay: { min: 0, max: 99999 },
	maximumIntervalDays: { min: 1, max: 36500 }
} as const;

export const SETTINGS_KEY = 'app';

/** The stored record; older or damaged records may lack keys. */
export type SettingsRecord = Partial<Settings> & { id: typeof SETTINGS_KEY };

function isValid<K extends keyof Settings>(key: K, value: unknown): value is Settings[K] {
	const fallback = DEFAULT_SETTINGS[key];
	if (key === 'textSize') return TEXT_SIZES.includes(value as TextSize);
	if (key in SETTING_LIMITS) {
		const { min, max } = SETTING_LIMITS[key as keyof typeof SETTING_LIMITS];
		return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
	}
	if (typeof fallback === 'number') return typeof value === 'number' && Number.isFinite(value);
	return typeof value === typeof fallback;
}

/** Known keys with a value of the right type are kept; everything else reads as the default. */
export function normalizeSettings(stored: Partial<Record<keyof Settings, unknown>> | undefined): Settings {
	const settings: Settings = { ...DEFAULT_SETTINGS };
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
		const value = stored?.[key];
		if (isValid(key, value)) Object.assign(settings, { [key]: value });
	}
	return settings;
}

export function toSettingsRecord(settings: Settings): SettingsRecord {
	return { id: SETTINGS_KEY, ...settings };
}
