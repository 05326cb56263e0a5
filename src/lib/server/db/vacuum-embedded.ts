import type { DatabaseHandle } from './client';

/**
 * PGlite runs PostgreSQL in single-user mode, without the autovacuum a server runs: nothing
 * ever collects the planner's statistics or makes the space of updated and deleted rows
 * reusable (the job queue alone writes and deletes rows all day). `VACUUM (ANALYZE)` does both;
 * the nightly maintenance job runs it. It holds the only connection while it runs, seconds for
 * the demo's data. A PostgreSQL server does this itself: nothing to do there.
 */
export async function vacuumEmbeddedDatabase(
	handle: DatabaseHandle
): Promise<'vacuumed' | 'left-to-autovacuum'> {
	if (handle.kind !== 'pglite') return 'left-to-autovacuum';
	await handle.exec('VACUUM (ANALYZE)');
	return 'vacuumed';
}

/**
 * The planner's statistics right away, after a bulk load (the demo's seeding) that would
 * otherwise be planned without any until the night: "Dieses Thema anderswo" counts every key
 * word's documents when the statistics cannot tell it which words are common (its key terms
 * took 26 ms instead of 9 per motion page on the fresh demo). About a second for the demo's data.
 */
export async function analyseEmbeddedDatabase(
	handle: DatabaseHandle
): Promise<'analysed' | 'left-to-autovacuum'> {
	if (handle.kind !== 'pglite') return 'left-to-autovacuum';
	await handle.exec('ANALYZE');
	return 'analysed';
}
