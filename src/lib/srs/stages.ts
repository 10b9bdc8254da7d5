import type { SchedulingState } from '../deck/model.ts';

/** Cards whose scheduled interval reaches this many days are "mature", as in Anki. */
export const MATURE_INTERVAL_DAYS = 21;

/**
 * Where a card stands, as the statistics and the queue sort it: FSRS's state with reviews split young / mature.
 * The database stores it with each card (version 4), so indexes can count and read cards by it.
 */
export const STAGES = { new: 0, learning: 1, relearning: 2, young: 3, mature: 4 } as const;
export type StageName = keyof typeof STAGES;
export type Stage = (typeof STAGES)[StageName];
export const STAGE_NAMES = Object.keys(STAGES) as StageName[];

export function stageOf({ state, scheduledDays }: SchedulingState): Stage {
	if (state === 0) return STAGES.new;
	if (state === 1) return STAGES.learning;
	if (state === 3) return STAGES.relearning;
	return scheduledDays >= MATURE_INTERVAL_DAYS ? STAGES.mature : STAGES.young;
}
