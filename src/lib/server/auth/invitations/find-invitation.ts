import { eq } from 'drizzle-orm';
import type { AccountRole } from '../../../shared/roles';
import { db } from '../../db';
import { invitation } from '../schema';
import { hashToken } from '../tokens';
import { invitationStatus, type InvitationStatus } from './invitation-status';

export type InvitationLookup =
	| { status: 'invalid' }
	| { status: InvitationStatus; id: string; email: string; role: AccountRole };

/** What the invitation page shows for a link, before anyone types anything. */
export async function findInvitationByToken(
	token: string,
	now: Date = new Date()
): Promise<InvitationLookup> {
	if (!token) return { status: 'invalid' };
	const [row] = await db
		.select()
		.from(invitation)
		.where(eq(invitation.tokenHash, hashToken(token)));
	if (!row) return { status: 'invalid' };
	return { status: invitationStatus(row, now), id: row.id, email: row.email, role: row.role };
}
