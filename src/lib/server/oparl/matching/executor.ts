import type { Database } from '../../db';

/** The process's database or an open transaction: matching runs inside either. */
export type Executor = Pick<
	Database,
	'select' | 'selectDistinct' | 'insert' | 'update' | 'delete' | 'execute'
>;
