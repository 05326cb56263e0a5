import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AccountRole } from '../../../shared/roles';
import { recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { assertCan } from '../policy';
import { AuthError } from '../errors';
import { invitation, user } from '../schema';
import { hashToken, newToken } from '../tokens';
import type { SessionUser } from '../types';
import { invitationExpiry } from './invitation-status';
import { sendInvitationMail } from './send-invitation-mail';

/**
 * The board invites a person by e-mail with a role. The mail carries a 7-day link; the token is
 * stored only as a hash.
 */
export async function inviteUser(options: {
	actor: SessionUser | null;
	email: string;
	role: AccountRole;
	/** Required for guests: when their access ends. */
	accessExpiresAt?: Date | null;
	ip?: string | null;
	now?: Date;
}): Promise<{ id: string }> {
	assertCan(options.actor, 'admin.users');
	const actor = options.actor;
	const now = options.now ?? new Date();
	const email = options.email.trim().toLowerCase();
	if (options.role === 'guest' && !options.accessExpiresAt) {
		throw new AuthError('guest_needs_expiry', 'accessExpiresAt');
	}
	const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
	if (existing) throw new AuthError('email_taken', 'email');
	const [open] = await db
		.select({ id: invitation.id })
		.from(invitation)
		.where(
			and(
				eq(invitation.email, email),
				isNull(invitation.acceptedAt),
				isNull(invitation.revokedAt),
				gt(invitation.expiresAt, now)
			)
		);
	if (open) throw new AuthError('invitation_open', 'email');

	const token = newToken();
	const expiresAt = invitationExpiry(now);
	const accessExpiresAt = options.role === 'guest' ? (options.accessExpiresAt ?? null) : null;
	const [row] = await db
		.insert(invitation)
		.values({
			email,
			role: options.role,
			accessExpiresAt,
			tokenHash: hashToken(token),
			invitedByUserId: actor.id,
			createdAt: now,
			lastSentAt: now,
			expiresAt
		})
		.returning({ id: invitation.id });
	await sendInvitationMail({
		email,
		role: options.role,
		token,
		expiresAt,
		inviterName: actor.name
	});
	await recordAudit({
		actor,
		action: 'user.invite',
		targetType: 'invitation',
		targetId: row!.id,
		targetLabel: email,
		details: { role: options.role, accessExpiresAt: accessExpiresAt?.toISOString() ?? null },
		ip: options.ip
	});
	return { id: row!.id };
}
