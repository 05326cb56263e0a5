import { eq } from 'drizzle-orm';
import { db, type Database } from '../../db';
import { oparlSource } from '../schema';
import { OparlSourceNotFoundError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The source or the not-found error (also for ids that are no uuid, which Postgres would reject). */
export async function requireSource(sourceId: string, executor: Pick<Database, 'select'> = db) {
	if (!UUID.test(sourceId)) throw new OparlSourceNotFoundError();
	const [source] = await executor.select().from(oparlSource).where(eq(oparlSource.id, sourceId));
	if (!source) throw new OparlSourceNotFoundError();
	return source;
}
