import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { hashToken } from '../auth/tokens';
import { user } from '../auth/schema';
import { toSessionUser } from '../auth/session-user';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { apiToken } from './schema';

/** How stale "last used" may get before a request writes it again. */
const TOUCH_AFTER_MS = 60 * 1000;

export interface TokenHolder {
	tokenId: string;
	user: SessionUser;
}

/**
 * Who a bearer token acts for: its owner as the account is now (current role, guest expiry),
 * or null for an unknown, revoked or expired token or a deactivated account. Looked up by hash,
 * so the comparison never touches the secret itself.
 */
export async function authenticateApiToken(
	token: string,
	now: Date = new Date()
): Promise<TokenHolder | null> {
	if (token.length === 0 || token.length > 200) return null;
	const [row] = await db
		.select({
			tokenId: apiToken.id,
			expiresAt: apiToken.expiresAt,
			revokedAt: apiToken.revokedAt,
			lastUsedAt: apiToken.lastUsedAt,
			user: {
				id: user.id,
				email: user.email,
				name: user.name,
				emailVerified: user.emailVerified,
				twoFactorEnabled: user.twoFactorEnabled,
				role: user.role,
				deactivatedAt: user.deactivatedAt,
				accessExpiresAt: user.accessExpiresAt
			}
		})
		.from(apiToken)
		.innerJoin(user, eq(user.id, apiToken.userId))
		.where(eq(apiToken.tokenHash, hashToken(token)));
	if (!row || row.revokedAt || row.user.deactivatedAt) return null;
	if (row.expiresAt && row.expiresAt <= now) return null;
	if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
		await db
			.update(apiToken)
			.set({ lastUsedAt: now })
			.where(
				and(
					eq(apiToken.id, row.tokenId),
					or(
						isNull(apiToken.lastUsedAt),
						lt(apiToken.lastUsedAt, new Date(now.getTime() - TOUCH_AFTER_MS))
					)
				)
			);
	}
	return { tokenId: row.tokenId, user: toSessionUser(row.user) };
}
