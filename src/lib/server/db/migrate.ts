import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { DatabaseHandle } from './client';
import { DATED_WORDS_FUNCTION_SQL } from '../search/dated-words-function';
import { WORD_PAIRS_FUNCTION_SQL } from '../search/word-pairs-function';

/** Arbitrary but fixed: serialises migrations when several app processes start at once. */
const MIGRATION_LOCK_KEY = 724_001;

export function migrationsFolder(): string {
	const candidates = [
		process.env.MIGRATIONS_DIR,
		path.resolve('drizzle'),
		path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../drizzle')
	].filter((candidate): candidate is string => Boolean(candidate));
	const found = candidates.find((candidate) => fs.existsSync(path.join(candidate, 'meta')));
	if (!found)
		throw new Error(`Migrationsordner nicht gefunden (gesucht: ${candidates.join(', ')})`);
	return found;
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
	const folder = migrationsFolder();
	if (handle.kind === 'pglite') {
		// drizzle-kit never writes CREATE EXTENSION; pg_trgm powers fuzzy name search.
		await handle.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
		await handle.exec(WORD_PAIRS_FUNCTION_SQL);
		await handle.exec(DATED_WORDS_FUNCTION_SQL);
		await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
		return;
	}
	const client = await handle.pool!.connect();
	try {
		await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
		await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
		// Functions an index of the schema calls (drizzle-kit writes no functions either).
		await client.query(WORD_PAIRS_FUNCTION_SQL);
		await client.query(DATED_WORDS_FUNCTION_SQL);
		await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder: folder });
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
		client.release();
	}
}
