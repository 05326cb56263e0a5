import { and, count, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { issueApiToken, type IssuedApiToken } from './issue-api-token';
import { apiToken } from './schema';

/** Enough for every program a person runs; a runaway script cannot pile up tokens. */
export const MAX_ACTIVE_TOKENS = 20;

export class TooManyApiTokensError extends Error {
	constructor() {
		super(
			`Sie haben bereits ${MAX_ACTIVE_TOKENS} aktive Tokens. Bitte widerrufen Sie erst einen, den Sie nicht mehr brauchen.`
		);
		this.name = 'TooManyApiTokensError';
	}
}

/** The owner creates a token for themself on their account page. */
export async function createApiToken(options: {
	actor: SessionUser | null;
	name: string;
	expiresAt?: Date | null;
	ip?: string | null;
}): Promise<IssuedApiToken> {
	const { actor } = options;
	assertCan(actor, 'account.manage');
	const [active] = await db
		.select({ n: count() })
		.from(apiToken)
		.where(and(eq(apiToken.userId, actor.id), isNull(apiToken.revokedAt)));
	if ((active?.n ?? 0) >= MAX_ACTIVE_TOKENS) throw new TooManyApiTokensError();
	const issued = await issueApiToken({
		userId: actor.id,
		name: options.name,
		expiresAt: options.expiresAt
	});
	await recordAudit({
		actor,
		action: 'api_token.create',
		targetType: 'api_token',
		targetId: issued.id,
		targetLabel: issued.name,
		details: { prefix: issued.prefix, expiresAt: issued.expiresAt?.toISOString() ?? null },
		ip: options.ip
	});
	return issued;
}
