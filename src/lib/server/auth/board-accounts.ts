import { and, count, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { user } from './schema';

/** Board accounts that can act: the instance must never run out of them. */
export const activeBoard = and(eq(user.role, 'board'), isNull(user.deactivatedAt));

export async function countActiveBoardAccounts(): Promise<number> {
	const [row] = await db.select({ n: count() }).from(user).where(activeBoard);
	return row?.n ?? 0;
}
