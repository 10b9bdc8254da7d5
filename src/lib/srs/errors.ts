/** Base class of everything the scheduling code throws on purpose. */
export class SrsError extends Error {
	override name = 'SrsError';
}

/** A setting outside the range the scheduler accepts (a bad input, not a bug). */
export class SchedulerSettingsError extends SrsError {
	override name = 'SchedulerSettingsError';
	constructor(
		readonly setting: string,
		message: string
	) {
		super(message);
	}
}
