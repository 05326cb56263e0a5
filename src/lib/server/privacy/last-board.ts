import { activeBoard } from '../auth/board-accounts';
import { user } from '../auth/schema';
import { db } from '../db';

/**
 * True if this account is the only active board account: it must stay, or nobody could run the
 * instance. The account page says so before anyone types a password.
 */
export async function isLastActiveBoardAccount(userId: string): Promise<boolean> {
	const board = await db.select({ id: user.id }).from(user).where(activeBoard).limit(2);
	return board.length === 1 && board[0]!.id === userId;
}
