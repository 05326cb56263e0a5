import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { AuthError } from '../errors';
import { assertCan } from '../policy';
import { invitation } from '../schema';
import { hashToken, newToken } from '../tokens';
import type { SessionUser } from '../types';
import { invitationExpiry, invitationStatus } from './invitation-status';
import { sendInvitationMail } from './send-invitation-mail';

/**
 * Sends an open (or expired) invitation again with a new link valid for 7 more days. Only the
 * hash is stored, so the old link stops working.
 */
export async function resendInvitation(options: {
	actor: SessionUser | null;
	invitationId: string;
	ip?: string | null;
	now?: Date;
}): Promise<void> {
	assertCan(options.actor, 'admin.users');
	const now = options.now ?? new Date();
	const [row] = await db.select().from(invitation).where(eq(invitation.id, options.invitationId));
	if (!row) throw new AuthError('invitation_not_found');
	const status = invitationStatus(row, now);
	if (status === 'accepted') throw new AuthError('invitation_used');
	if (status === 'revoked') throw new AuthError('invitation_revoked');

	const token = newToken();
	const expiresAt = invitationExpiry(now);
	await db
		.update(invitation)
		.set({ tokenHash: hashToken(token), expiresAt, lastSentAt: now })
		.where(eq(invitation.id, row.id));
	await sendInvitationMail({
		email: row.email,
		role: row.role,
		token,
		expiresAt,
		inviterName: options.actor.name
	});
	await recordAudit({
		actor: options.actor,
		action: 'user.invitation_resend',
		targetType: 'invitation',
		targetId: row.id,
		targetLabel: row.email,
		details: { role: row.role },
		ip: options.ip
	});
}
