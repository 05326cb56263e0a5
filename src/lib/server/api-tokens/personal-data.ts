import { asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { apiToken } from './schema';

export interface ApiTokenData {
	name: string;
	/** The visible start of the token; the token itself is not stored, its hash stays out. */
	prefix: string;
	createdAt: Date;
	lastUsedAt: Date | null;
	expiresAt: Date | null;
	revokedAt: Date | null;
}

/** The account's API tokens for its data download (GDPR Art. 15). */
export async function exportApiTokens(userId: string): Promise<ApiTokenData[]> {
	return db
		.select({
			name: apiToken.name,
			prefix: apiToken.prefix,
			createdAt: apiToken.createdAt,
			lastUsedAt: apiToken.lastUsedAt,
			expiresAt: apiToken.expiresAt,
			revokedAt: apiToken.revokedAt
		})
		.from(apiToken)
		.where(eq(apiToken.userId, userId))
		.orderBy(asc(apiToken.createdAt));
}
