import type { DatabaseHandle } from '../db';

/** A connection that stays the same for every statement until the transaction ends. */
export interface TransactionClient {
	query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface TransactionOptions {
	/** A consistent snapshot of every table for the whole transaction (backup). */
	readOnlySnapshot?: boolean;
}

/**
 * Runs `work` in one transaction on one connection of either driver and commits when it returns,
 * or rolls back when it throws. Backup and restore need this: cursors, temporary tables and
 * `SET LOCAL` only live on the connection that opened them, and a pool would hand out another.
 */
export async function inTransaction<T>(
	handle: DatabaseHandle,
	work: (client: TransactionClient) => Promise<T>,
	options: TransactionOptions = {}
): Promise<T> {
	const characteristics = options.readOnlySnapshot
		? 'ISOLATION LEVEL REPEATABLE READ, READ ONLY'
		: 'ISOLATION LEVEL READ COMMITTED, READ WRITE';
	if (handle.pglite) {
		// PGlite has one connection; its transaction() keeps the process's other queries out meanwhile.
		return handle.pglite.transaction(async (tx) => {
			const client: TransactionClient = {
				query: async <Row>(text: string, params?: unknown[]) =>
					(await tx.query<Row>(text, params as unknown[] | undefined)).rows
			};
			await client.query(`SET TRANSACTION ${characteristics}`);
			return prepareAndRun(client, work);
		});
	}
	if (!handle.pool) throw new Error('Die Datenbankverbindung hat weder PGlite noch einen Pool');
	const connection = await handle.pool.connect();
	// A connection lost while checked out (server restart, terminated backend) emits 'error';
	// without a listener that would end the process. The pending or next query fails instead.
	const onError = () => {};
	connection.on('error', onError);
	let failed = false;
	try {
		const client: TransactionClient = {
			query: async <Row>(text: string, params?: unknown[]) =>
				(await connection.query(text, params)).rows as Row[]
		};
		await client.query(`BEGIN ${characteristics}`);
		try {
			const result = await prepareAndRun(client, work);
			await client.query('COMMIT');
			return result;
		} catch (error) {
			await client.query('ROLLBACK').catch(() => {});
			throw error;
		}
	} catch (error) {
		failed = true;
		throw error;
	} finally {
		connection.off('error', onError);
		// A connection whose transaction failed is closed rather than handed out again.
		connection.release(failed);
	}
}

async function prepareAndRun<T>(
	client: TransactionClient,
	work: (client: TransactionClient) => Promise<T>
): Promise<T> {
	// Text forms that read back identically on any server, whatever its own defaults are.
	await client.query(
		"SELECT set_config('DateStyle', 'ISO, YMD', true), set_config('IntervalStyle', 'postgres', true)," +
			" set_config('TimeZone', 'UTC', true), set_config('extra_float_digits', '1', true)," +
			" set_config('bytea_output', 'hex', true)"
	);
	return work(client);
}
