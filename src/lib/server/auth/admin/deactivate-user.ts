import { eq } from 'drizzle-orm';
import { personLabel, recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { AuthError } from '../errors';
import { assertCan } from '../policy';
import { session, user } from '../schema';
import type { SessionUser } from '../types';
import { assertBoardRemains, lockedAccount } from './board-guard';

/**
 * Switches an account off: no sign-in, every session ends at once. The data stay (reactivation
 * restores the account as it was). Never the last active board account.
 */
export async function deactivateUser(options: {
	actor: SessionUser | null;
	userId: string;
	ip?: string | null;
	now?: Date;
}): Promise<{ endedSessions: number }> {
	assertCan(options.actor, 'admin.users');
	const now = options.now ?? new Date();
	const { target, endedSessions } = await db.transaction(async (tx) => {
		await assertBoardRemains(tx, options.userId);
		const target = await lockedAccount(tx, options.userId);
		if (target.deactivatedAt) throw new AuthError('already_deactivated');
		await tx.update(user).set({ deactivatedAt: now }).where(eq(user.id, target.id));
		const ended = await tx
			.delete(session)
			.where(eq(session.userId, target.id))
			.returning({ id: session.id });
		return { target, endedSessions: ended.length };
	});
	await recordAudit({
		actor: options.actor,
		action: 'user.deactivate',
		targetType: 'user',
		targetId: target.id,
		targetLabel: personLabel(target.name, target.email),
		details: { role: target.role, endedSessions },
		ip: options.ip
	});
	return { endedSessions };
}
