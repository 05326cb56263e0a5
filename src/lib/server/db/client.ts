import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** Both drivers produce this type; domain code never needs to know which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/**
 * What a `db.transaction(async (tx) => …)` callback receives. Helpers that must run inside the
 * caller's transaction (row locks, several writes that stand or fall together) take this type.
 */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DatabaseKind = 'pglite' | 'postgres';

/** What a raw SQL statement returns on either driver. */
export interface RawQueryResult<Row> {
	rows: Row[];
}

export interface DatabaseHandle {
	kind: DatabaseKind;
	db: Database;
	/** Runs raw SQL with positional parameters on the underlying driver (job queue, backup). */
	query<Row = Record<string, unknown>>(
		text: string,
		params?: unknown[]
	): Promise<RawQueryResult<Row>>;
	/** Runs several statements without parameters in one round trip. */
	exec(text: string): Promise<void>;
	close(): Promise<void>;
	pglite?: PGlite;
	pool?: pg.Pool;
}

export function wrapPglite(client: PGlite): DatabaseHandle {
	return {
		kind: 'pglite',
		db: drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Database,
		query: async <Row>(text: string, params?: unknown[]) => {
			const result = await client.query<Row>(text, params as unknown[] | undefined);
			return { rows: result.rows };
		},
		exec: async (text) => {
			await client.exec(text);
		},
		close: async () => {
			if (!client.closed) await client.close();
		},
		pglite: client
	};
}

/**
 * Opens PGlite on `dataDir` (in memory when undefined). `loadDataDir` starts it from a tarball of
 * another instance's data folder (`dumpDataDir`) instead of running initdb, which is several
 * times faster; tests use it to start every database from one migrated copy.
 */
export async function openPglite(
	dataDir: string | undefined,
	loadDataDir?: Blob
): Promise<DatabaseHandle> {
	// PGlite does not create parent folders of its data directory itself.
	if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
	const client = await PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
	return wrapPglite(client);
}

export function openPostgres(connectionString: string, poolSize = 10): DatabaseHandle {
	// No JIT: every statement here is an interactive one of a few milliseconds, and a plan whose
	// estimate passes jit_above_cost (the search's stages never read, say) spent 90 ms compiling.
	const pool = new pg.Pool({ connectionString, max: poolSize, options: '-c jit=off' });
	// An idle client losing its connection must not crash the process; the pool replaces it.
	pool.on('error', (error) => console.error('PostgreSQL-Verbindung verloren:', error.message));
	return {
		kind: 'postgres',
		db: drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Database,
		query: async <Row>(text: string, params?: unknown[]) => {
			const result = await pool.query(text, params);
			return { rows: result.rows as Row[] };
		},
		exec: async (text) => {
			await pool.query(text);
		},
		close: async () => {
			await pool.end();
		},
		pool
	};
}
