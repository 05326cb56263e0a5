import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { AuthError } from '../errors';
import { assertCan } from '../policy';
import { invitation } from '../schema';
import type { SessionUser } from '../types';

/** Withdraws an invitation that has not been accepted; its link then says so. */
export async function revokeInvitation(options: {
	actor: SessionUser | null;
	invitationId: string;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'admin.users');
	const [row] = await db
		.update(invitation)
		.set({ revokedAt: new Date() })
		.where(
			and(
				eq(invitation.id, options.invitationId),
				isNull(invitation.acceptedAt),
				isNull(invitation.revokedAt)
			)
		)
		.returning();
	if (!row) {
		const [existing] = await db
			.select()
			.from(invitation)
			.where(eq(invitation.id, options.invitationId));
		if (!existing) throw new AuthError('invitation_not_found');
		throw new AuthError(existing.acceptedAt ? 'invitation_used' : 'invitation_revoked');
	}
	await recordAudit({
		actor: options.actor,
		action: 'user.invitation_revoke',
		targetType: 'invitation',
		targetId: row.id,
		targetLabel: row.email,
		details: { role: row.role },
		ip: options.ip
	});
}
