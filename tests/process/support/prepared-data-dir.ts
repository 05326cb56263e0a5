import fs from 'node:fs';
import { inject } from 'vitest';
import { tempDataDir } from './paths';

/**
 * A copy of the DATA_DIR the global setup's first start left behind: migrated, state data loaded,
 * closed cleanly, no lock file. For tests about what comes after the first start.
 */
export function preparedDataDir(): string {
	const dataDir = tempDataDir();
	fs.cpSync(inject('preparedDataDir'), dataDir, { recursive: true });
	return dataDir;
}
