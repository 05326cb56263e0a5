import type { DatabaseHandle } from '../db';

interface SqlResult {
	rows: unknown[];
}

/** The `db` object pg-boss accepts instead of its own connection pool. */
export interface BossDb {
	executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
	/** Waits (bounded) until no statement of pg-boss is in flight, then refuses new ones. */
	close(timeoutMs?: number): Promise<void>;
}

export class JobDatabaseClosedError extends Error {
	constructor() {
		super('Die Auftragswarteschlange ist beendet; keine Datenbankzugriffe mehr.');
		this.name = 'JobDatabaseClosedError';
	}
}

/**
 * Lets pg-boss run on the process's own database, whichever driver it is, instead of opening a
 * second pool (PGlite cannot be opened twice, and on PostgreSQL one pool per process is enough).
 *
 * pg-boss sends two kinds of SQL: single statements with parameters, and parameterless scripts
 * of several statements (its schema installation and `BEGIN; … COMMIT;` maintenance blocks).
 * PGlite needs `query` for the first and `exec` for the second; pg's pool takes both through
 * `query` and returns an array of results for a script. pg-boss only reads the last result.
 */
export function createBossDb(handle: DatabaseHandle): BossDb {
	let inFlight = 0;
	let closed = false;

	const run = handle.pglite ? runOnPglite(handle) : runOnPostgres(handle);

	return {
		async executeSql(text, values) {
			if (closed) throw new JobDatabaseClosedError();
			inFlight++;
			try {
				return await run(text, values);
			} finally {
				inFlight--;
			}
		},
		async close(timeoutMs = 5_000) {
			const deadline = Date.now() + timeoutMs;
			while (inFlight > 0 && Date.now() < deadline) {
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			closed = true;
		}
	};
}

type Runner = (text: string, values?: unknown[]) => Promise<SqlResult>;

function runOnPglite(handle: DatabaseHandle): Runner {
	const client = handle.pglite!;
	return async (text, values) => {
		if (values && values.length > 0) {
			const result = await client.query(text, values);
			return { rows: result.rows };
		}
		try {
			const results = await client.exec(text);
			return { rows: results.at(-1)?.rows ?? [] };
		} catch (error) {
			// A failed script leaves its explicit transaction open and aborted; on PGlite's single
			// connection that would break every later statement of the whole application.
			if (/^\s*BEGIN\b/i.test(text)) await client.exec('ROLLBACK').catch(() => {});
			throw error;
		}
	};
}

function runOnPostgres(handle: DatabaseHandle): Runner {
	const pool = handle.pool!;
	return async (text, values) => {
		// pg-pool discards a client whose query failed, so an aborted script cannot leak its
		// transaction state to the next user of the connection.
		const result = (await pool.query(text, values)) as unknown as SqlResult | SqlResult[];
		if (Array.isArray(result)) return { rows: result.at(-1)?.rows ?? [] };
		return { rows: result.rows ?? [] };
	};
}
