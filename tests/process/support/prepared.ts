import fs from 'node:fs';
import { inject } from 'vitest';
import { tempDataDir } from './paths';
import { createDatabase } from './postgres';

/**
 * Copies of what the global setup's first start left behind (migrated, state data loaded, job
 * queue set up, closed cleanly, no lock file): for tests about what comes after a first start.
 */
export function preparedDataDir(): string {
	const dataDir = tempDataDir();
	fs.cpSync(inject('preparedDataDir'), dataDir, { recursive: true });
	return dataDir;
}

/** A new database on TEST_DATABASE_URL's server, copied from the prepared one. */
export function preparedDatabase(): Promise<string> {
	return createDatabase(inject('preparedDatabase'));
}
