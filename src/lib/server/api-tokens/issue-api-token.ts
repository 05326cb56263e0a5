import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/tokens';
import { db } from '../db';
import { apiToken } from './schema';

/**
 * Tokens start with `kn_` so secret scanners and people recognise them; 32 random bytes behind it.
 * The visible prefix (`kn_` + 6 characters) tells one token from another and gives nothing away.
 */
export const TOKEN_PREFIX = 'kn_';
const VISIBLE_CHARACTERS = TOKEN_PREFIX.length + 6;

export interface IssuedApiToken {
	id: string;
	/** The token itself: shown once, never stored. */
	token: string;
	name: string;
	prefix: string;
	expiresAt: Date | null;
}

/**
 * Creates a token for a user without asking who wants it: the callers decide that (the owner on
 * their account page, an administrator at the command line).
 */
export async function issueApiToken(options: {
	userId: string;
	name: string;
	expiresAt?: Date | null;
}): Promise<IssuedApiToken> {
	const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
	const prefix = token.slice(0, VISIBLE_CHARACTERS);
	const [row] = await db
		.insert(apiToken)
		.values({
			userId: options.userId,
			name: options.name,
			tokenHash: hashToken(token),
			prefix,
			expiresAt: options.expiresAt ?? null
		})
		.returning({ id: apiToken.id });
	return { id: row!.id, token, name: options.name, prefix, expiresAt: options.expiresAt ?? null };
}
