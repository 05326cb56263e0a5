import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AccountRole } from '../../../shared/roles';
import { db } from '../../db';
import { assertCan } from '../policy';
import { invitation, user } from '../schema';
import type { SessionUser } from '../types';
import { invitationStatus, type InvitationStatus } from './invitation-status';

export interface InvitationListItem {
	id: string;
	email: string;
	role: AccountRole;
	status: InvitationStatus;
	invitedBy: string | null;
	createdAt: Date;
	lastSentAt: Date;
	expiresAt: Date;
	accessExpiresAt: Date | null;
}

/** Invitations not yet accepted or withdrawn (including expired ones, which can be resent). */
export async function listOpenInvitations(options: {
	actor: SessionUser | null;
	now?: Date;
}): Promise<InvitationListItem[]> {
	assertCan(options.actor, 'admin.users');
	const now = options.now ?? new Date();
	const rows = await db
		.select({ row: invitation, inviterName: user.name })
		.from(invitation)
		.leftJoin(user, eq(user.id, invitation.invitedByUserId))
		.where(and(isNull(invitation.acceptedAt), isNull(invitation.revokedAt)))
		.orderBy(desc(invitation.lastSentAt))
		.limit(500);
	return rows.map(({ row, inviterName }) => ({
		id: row.id,
		email: row.email,
		role: row.role,
		status: invitationStatus(row, now),
		invitedBy: inviterName,
		createdAt: row.createdAt,
		lastSentAt: row.lastSentAt,
		expiresAt: row.expiresAt,
		accessExpiresAt: row.accessExpiresAt
	}));
}
