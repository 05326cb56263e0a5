import { asc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db';
import { AuthError } from '../errors';
import { activeBoard } from '../board-accounts';
import { user } from '../schema';

/**
 * Inside a transaction: locks the active board accounts (always in id order, so two board
 * members acting at once queue up instead of deadlocking) and refuses to take away the last one.
 * Under READ COMMITTED the second transaction re-reads the locked rows after the first commits,
 * so it sees the board as the first one left it.
 */
export async function assertBoardRemains(tx: Transaction, leavingUserId: string): Promise<void> {
	const board = await tx
		.select({ id: user.id })
		.from(user)
		.where(activeBoard)
		.orderBy(asc(user.id))
		.for('update');
	const remaining = board.filter((member) => member.id !== leavingUserId);
	if (board.some((member) => member.id === leavingUserId) && remaining.length === 0) {
		throw new AuthError('last_board');
	}
}

export async function lockedAccount(tx: Transaction, userId: string) {
	const [row] = await tx.select().from(user).where(eq(user.id, userId)).for('update');
	if (!row) throw new AuthError('not_found');
	return row;
}
