import { and, isNull, lt, or } from 'drizzle-orm';
import { db } from '../db';
import { invitation, session, verification } from './schema';

/** Unanswered invitations stay visible (to resend) this long after they expired or were withdrawn. */
const KEEP_STALE_INVITATIONS_DAYS = 30;

export interface PruneResult {
	sessions: number;
	verifications: number;
	invitations: number;
}

/**
 * For a scheduled job: removes what can no longer be used. Expired sessions and one-time values
 * (reset links, 2FA challenges, e-mail confirmations) are dead already; this only frees space.
 */
export async function pruneExpiredAuthData(now: Date = new Date()): Promise<PruneResult> {
	const sessions = await db
		.delete(session)
		.where(lt(session.expiresAt, now))
		.returning({ id: session.id });
	const verifications = await db
		.delete(verification)
		.where(lt(verification.expiresAt, now))
		.returning({ id: verification.id });
	const staleBefore = new Date(now.getTime() - KEEP_STALE_INVITATIONS_DAYS * 24 * 3600 * 1000);
	const invitations = await db
		.delete(invitation)
		.where(
			and(
				isNull(invitation.acceptedAt),
				or(lt(invitation.expiresAt, staleBefore), lt(invitation.revokedAt, staleBefore))
			)
		)
		.returning({ id: invitation.id });
	return {
		sessions: sessions.length,
		verifications: verifications.length,
		invitations: invitations.length
	};
}
