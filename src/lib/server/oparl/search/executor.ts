import type { Database } from '../../db';

/**
 * The database or a transaction: the sync indexes a list page in the transaction that wrote it,
 * so the search never shows an object whose page was rolled back. Same shape as the store's
 * executor (`oparl/store/types.ts`), so either can be passed.
 */
export type OparlExecutor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;
