/** Why a backup file cannot be restored; the database is never touched when one of these is thrown. */
export type BackupProblem = 'empty' | 'too-large' | 'foreign' | 'damaged' | 'newer';

export class BackupError extends Error {
	constructor(
		readonly problem: BackupProblem,
		detail?: string
	) {
		super(detail ? `Unusable backup (${problem}): ${detail}` : `Unusable backup: ${problem}`);
		this.name = 'BackupError';
	}
}
