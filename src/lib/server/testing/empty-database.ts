/**
 * Emptying a migrated test database so that it serves as a fresh one: what `emptyTestDatabase()`
 * does between the tests of a file and pglite-spare.ts between files. Works on a DatabaseHandle
 * and on a bare PGlite client alike.
 */
interface RawDatabase {
	query<Row>(text: string): Promise<{ rows: Row[] }>;
	exec(text: string): Promise<unknown>;
}

/** The tables the migrations made, as one quoted list for TRUNCATE. */
export async function migratedTables(database: RawDatabase): Promise<string> {
	const { rows } = await database.query<{ name: string }>(
		`SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = 'public'`
	);
	return rows.map((row) => row.name).join(', ');
}

/**
 * TRUNCATE of every table in `tables` (from `migratedTables`), identities restarted, and the
 * schemas added since (pg-boss's) dropped.
 */
export async function emptyDatabase(database: RawDatabase, tables: string): Promise<void> {
	const { rows: added } = await database.query<{ name: string }>(
		`SELECT format('%I', nspname) AS name FROM pg_namespace
		 WHERE nspname NOT IN ('public', 'drizzle', 'information_schema')
		   AND nspname NOT LIKE 'pg\\_%'`
	);
	const dropSchemas = added.map((row) => `DROP SCHEMA ${row.name} CASCADE;`).join(' ');
	await database.exec(`${dropSchemas} TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
}
