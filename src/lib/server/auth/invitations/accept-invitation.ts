import { and, eq, gt, isNull } from 'drizzle-orm';
import { personLabel, recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { RATE_LIMITS } from '../../security/rate-limit';
import { createAccount } from '../create-account';
import { AuthError, type AuthErrorCode } from '../errors';
import { enforceRateLimit } from '../rate-limits';
import type { RequestContext } from '../request-context';
import { invitation } from '../schema';
import { signIn, type SignInResult } from '../sign-in';
import { hashToken } from '../tokens';
import { findInvitationByToken } from './find-invitation';

const STATUS_ERRORS: Record<string, AuthErrorCode> = {
	invalid: 'token_invalid',
	expired: 'invitation_expired',
	accepted: 'invitation_used',
	revoked: 'invitation_revoked'
};

/**
 * Turns an invitation into an account with the invited role and signs the person in. The address
 * counts as verified: the link arrived there. The invitation is claimed first (one UPDATE), so a
 * double submit cannot create two accounts.
 */
export async function acceptInvitation(options: {
	token: string;
	name: string;
	password: string;
	request: RequestContext;
	now?: Date;
}): Promise<SignInResult & { userId: string }> {
	await enforceRateLimit(RATE_LIMITS.acceptInvitation, `ip:${options.request.ip}`);
	const now = options.now ?? new Date();
	const found = await findInvitationByToken(options.token, now);
	if (found.status !== 'open') throw new AuthError(STATUS_ERRORS[found.status]!);

	const [claimed] = await db
		.update(invitation)
		.set({ acceptedAt: now })
		.where(
			and(
				eq(invitation.tokenHash, hashToken(options.token)),
				isNull(invitation.acceptedAt),
				isNull(invitation.revokedAt),
				gt(invitation.expiresAt, now)
			)
		)
		.returning();
	if (!claimed) throw new AuthError('invitation_used');

	let created: { id: string };
	try {
		created = await createAccount({
			email: claimed.email,
			name: options.name,
			role: claimed.role,
			password: options.password,
			emailVerified: true,
			accessExpiresAt: claimed.accessExpiresAt
		});
	} catch (error) {
		await db.update(invitation).set({ acceptedAt: null }).where(eq(invitation.id, claimed.id));
		throw error;
	}
	await db
		.update(invitation)
		.set({ acceptedUserId: created.id })
		.where(eq(invitation.id, claimed.id));
	await recordAudit({
		actor: { id: created.id, email: claimed.email, name: options.name },
		action: 'user.invitation_accept',
		targetType: 'user',
		targetId: created.id,
		targetLabel: personLabel(options.name.trim(), claimed.email),
		details: { role: claimed.role, invitationId: claimed.id },
		ip: options.request.ip
	});
	const signedIn = await signIn({
		email: claimed.email,
		password: options.password,
		request: options.request
	});
	return { ...signedIn, userId: created.id };
}
