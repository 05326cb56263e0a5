import path from 'node:path';
import { env } from '../config/env';
import { openPglite, openPostgres, type DatabaseHandle } from './client';
import { acquireDataDirLock } from './datadir-lock';
import { migrateDatabase } from './migrate';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite) and migrates it. */
export async function openConfiguredDatabase(): Promise<DatabaseHandle> {
	const config = env();
	if (config.DATABASE_URL) {
		const handle = openPostgres(config.DATABASE_URL);
		await migrateDatabase(handle);
		return handle;
	}
	const release = acquireDataDirLock(config.dataDir);
	try {
		const handle = await openPglite(path.join(config.dataDir, 'pgdata'));
		await migrateDatabase(handle);
		const close = handle.close;
		return {
			...handle,
			close: async () => {
				try {
					await close();
				} finally {
					release();
				}
			}
		};
	} catch (error) {
		release();
		throw error;
	}
}
