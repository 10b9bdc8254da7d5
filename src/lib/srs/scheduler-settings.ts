import type { StepUnit } from 'ts-fsrs';
import { SchedulerSettingsError } from './errors.ts';

export type { StepUnit };

export interface SchedulerSettings {
	/** The probability of recall FSRS aims for when a card falls due: 0.70–0.97. */
	desiredRetention: number;
	maximumIntervalDays: number;
	learningSteps: readonly StepUnit[];
	relearningSteps: readonly StepUnit[];
	/** Spread review intervals a little so cards learnt together do not stay bunched. */
	enableFuzz: boolean;
}

export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
	desiredRetention: 0.9,
	maximumIntervalDays: 36500,
	learningSteps: Object.freeze(['1m', '10m'] as const),
	relearningSteps: Object.freeze(['10m'] as const),
	enableFuzz: true
});

const STEP = /^\d+(\.\d+)?[mhd]$/;

/** Defaults filled in and every value checked; throws `SchedulerSettingsError` on the first bad one. */
export function resolveSchedulerSettings(input: Partial<SchedulerSettings> = {}): SchedulerSettings {
	const settings = { ...DEFAULT_SCHEDULER_SETTINGS, ...input };
	const { desiredRetention, maximumIntervalDays } = settings;
	if (!(desiredRetention >= MIN_DESIRED_RETENTION && desiredRetention <= MAX_DESIRED_RETENTION)) {
		throw new SchedulerSettingsError(
			'desiredRetention',
			`Desired retention must be between ${MIN_DESIRED_RETENTION} and ${MAX_DESIRED_RETENTION}, got ${desiredRetention}`
		);
	}
	if (!Number.isInteger(maximumIntervalDays) || maximumIntervalDays < 1) {
		throw new SchedulerSettingsError(
			'maximumIntervalDays',
			`Maximum interval must be a whole number of days ≥ 1, got ${maximumIntervalDays}`
		);
	}
	for (const key of ['learningSteps', 'relearningSteps'] as const) {
		const bad = settings[key].find((step) => !STEP.test(step));
		if (bad !== undefined)
			throw new SchedulerSettingsError(key, `Bad step "${bad}": use e.g. "1m", "10m", "1h"`);
	}
	return settings;
}
