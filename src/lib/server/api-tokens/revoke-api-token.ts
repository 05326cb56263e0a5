import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { apiToken } from './schema';
import { isUuid } from '../directory/is-uuid';

export class ApiTokenNotFoundError extends Error {
	constructor() {
		super('Diesen Token gibt es nicht (mehr).');
		this.name = 'ApiTokenNotFoundError';
	}
}

/**
 * Revokes one of the actor's own tokens; it stops working with the next request. Someone else's
 * token id answers exactly like an unknown one.
 */
export async function revokeApiToken(options: {
	actor: SessionUser | null;
	tokenId: string;
	ip?: string | null;
	now?: Date;
}): Promise<void> {
	const { actor } = options;
	assertCan(actor, 'account.manage');
	if (!isUuid(options.tokenId)) throw new ApiTokenNotFoundError();
	const [row] = await db
		.select({ id: apiToken.id, name: apiToken.name, revokedAt: apiToken.revokedAt })
		.from(apiToken)
		.where(and(eq(apiToken.id, options.tokenId), eq(apiToken.userId, actor.id)));
	if (!row) throw new ApiTokenNotFoundError();
	if (row.revokedAt) return;
	await db
		.update(apiToken)
		.set({ revokedAt: options.now ?? new Date() })
		.where(and(eq(apiToken.id, row.id), isNull(apiToken.revokedAt)));
	await recordAudit({
		actor,
		action: 'api_token.revoke',
		targetType: 'api_token',
		targetId: row.id,
		targetLabel: row.name,
		ip: options.ip
	});
}
