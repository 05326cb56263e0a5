import { desc, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { apiToken } from './schema';

export type ApiTokenState = 'active' | 'expired' | 'revoked';

export interface ApiTokenItem {
	id: string;
	name: string;
	prefix: string;
	createdAt: Date;
	lastUsedAt: Date | null;
	expiresAt: Date | null;
	revokedAt: Date | null;
	state: ApiTokenState;
}

export function apiTokenState(
	row: { expiresAt: Date | null; revokedAt: Date | null },
	now: Date = new Date()
): ApiTokenState {
	if (row.revokedAt) return 'revoked';
	if (row.expiresAt && row.expiresAt <= now) return 'expired';
	return 'active';
}

/** The actor's own tokens, newest first; never the hash. */
export async function listApiTokens(options: {
	actor: SessionUser | null;
	now?: Date;
}): Promise<ApiTokenItem[]> {
	const { actor } = options;
	assertCan(actor, 'account.manage');
	const rows = await db
		.select({
			id: apiToken.id,
			name: apiToken.name,
			prefix: apiToken.prefix,
			createdAt: apiToken.createdAt,
			lastUsedAt: apiToken.lastUsedAt,
			expiresAt: apiToken.expiresAt,
			revokedAt: apiToken.revokedAt
		})
		.from(apiToken)
		.where(eq(apiToken.userId, actor.id))
		.orderBy(desc(apiToken.createdAt), desc(apiToken.id));
	return rows.map((row) => ({ ...row, state: apiTokenState(row, options.now) }));
}
