import { db, type Database } from '../../db';

/**
 * The database or a transaction: the sync indexes a list page in the transaction that wrote it,
 * so the search never shows an object whose page was rolled back. Same shape as the store's
 * executor (`oparl/store/types.ts`), so either can be passed.
 */
export type OparlExecutor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

/**
 * Work for the job queue that a caller inside a transaction must not wait for: on PGlite the
 * queue shares the one connection the transaction holds, so awaiting an enqueue there would wait
 * for itself. Given the process's `db`, the work runs now and is awaited; given a transaction,
 * it is started and left to finish once the transaction has released the connection (failures
 * are logged: the sweeps catch up on anything lost).
 */
export async function outsideTransaction(
	executor: OparlExecutor,
	what: string,
	work: () => Promise<unknown>
): Promise<void> {
	if (executor === db) {
		await work();
		return;
	}
	void work().catch((error: unknown) => {
		console.error(
			`${what} konnte nicht beauftragt werden; der regelmäßige Durchlauf holt es nach:`,
			error instanceof Error ? error.message : error
		);
	});
}
