import { eq } from 'drizzle-orm';
import type { AccountRole } from '../../../shared/roles';
import { personLabel, recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { queueMail } from '../../mail/queue-mail';
import { AuthError } from '../errors';
import { roleChangedMail } from '../mails/account-mails';
import { assertCan } from '../policy';
import { absoluteUrl } from '../public-origin';
import { session, user } from '../schema';
import type { SessionUser } from '../types';
import { assertBoardRemains, lockedAccount } from './board-guard';

/**
 * The board gives an account another role. Its sessions end, so the person signs in again under
 * the new role (and, if now board, is asked to set up two-factor sign-in). Never removes the last
 * active board account.
 */
export async function changeRole(options: {
	actor: SessionUser | null;
	userId: string;
	role: AccountRole;
	/** Required when the new role is guest. */
	accessExpiresAt?: Date | null;
	ip?: string | null;
}): Promise<{ changed: boolean }> {
	assertCan(options.actor, 'admin.users');
	const actor = options.actor;
	const accessExpiresAt = options.role === 'guest' ? (options.accessExpiresAt ?? null) : null;
	if (options.role === 'guest' && !accessExpiresAt) {
		throw new AuthError('guest_needs_expiry', 'accessExpiresAt');
	}
	const result = await db.transaction(async (tx) => {
		await assertBoardRemains(tx, options.role === 'board' ? '' : options.userId);
		const target = await lockedAccount(tx, options.userId);
		const sameExpiry = target.accessExpiresAt?.getTime() === accessExpiresAt?.getTime();
		if (target.role === options.role && sameExpiry) return { target, changed: false };
		await tx
			.update(user)
			.set({ role: options.role, accessExpiresAt })
			.where(eq(user.id, target.id));
		await tx.delete(session).where(eq(session.userId, target.id));
		return { target, changed: true };
	});
	if (!result.changed) return { changed: false };

	const { target } = result;
	await recordAudit({
		actor,
		action: 'user.role_change',
		targetType: 'user',
		targetId: target.id,
		targetLabel: personLabel(target.name, target.email),
		details: {
			old: target.role,
			new: options.role,
			...(accessExpiresAt ? { accessExpiresAt: accessExpiresAt.toISOString() } : {})
		},
		ip: options.ip
	});
	if (target.role !== options.role) {
		await queueMail({
			to: target.email,
			category: 'auth.role_changed',
			...roleChangedMail({
				oldRole: target.role,
				newRole: options.role,
				signInUrl: absoluteUrl('/anmelden')
			})
		});
	}
	return { changed: true };
}
