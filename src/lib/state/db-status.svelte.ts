import { t } from '$lib/i18n/shell';

export type StorageProblem = 'unavailable' | 'full' | 'versionchange' | 'blocked' | 'failed';

const MESSAGES: Record<StorageProblem, string> = {
	unavailable: t.errors.dbUnavailable,
	full: t.errors.storageFull,
	versionchange: t.errors.versionChange,
	blocked: t.errors.blocked,
	failed: t.errors.generic
};

/** The one storage problem the app currently tells the person about. */
class DbStatus {
	#problem = $state<StorageProblem | null>(null);

	get problem() {
		return this.#problem;
	}

	get message() {
		return this.#problem ? MESSAGES[this.#problem] : null;
	}

	get needsReload() {
		return this.#problem === 'versionchange' || this.#problem === 'blocked';
	}

	report(problem: StorageProblem) {
		this.#problem = problem;
	}

	clear() {
		this.#problem = null;
	}
}

export const dbStatus = new DbStatus();
