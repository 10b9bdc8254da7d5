import type { StoreName } from '../db/index.ts';

/** Why a backup file cannot be restored; the database is never touched when one of these is thrown. */
export type BackupProblem = 'empty' | 'too-large' | 'foreign' | 'damaged' | 'duplicate' | 'newer';

/** The first record found wrong: its store, its place in the file (from 0) and the field. */
export interface BackupFault {
	store: StoreName;
	index: number;
	field: string;
}

export class BackupError extends Error {
	constructor(
		readonly problem: BackupProblem,
		detail?: string,
		readonly fault?: BackupFault
	) {
		super(detail ? `Unusable backup (${problem}): ${detail}` : `Unusable backup: ${problem}`);
		this.name = 'BackupError';
	}
}
