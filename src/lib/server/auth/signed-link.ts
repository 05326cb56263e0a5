import { createHmac } from 'node:crypto';
import type { z } from 'zod';
import { resolveAuthSecret } from './auth-secret';
import { sameHash } from './tokens';

/**
 * Signed tokens for links in mails that must work from any mail client without signing in, for
 * as long as the mail exists (unsubscribe, unfollow). The token carries its meaning (a small JSON
 * payload) and an HMAC over it with the instance's auth secret instead of a stored random token:
 * nothing to look up, nothing to expire, and changing any part breaks the signature. Each kind of
 * link has its own purpose string, so a token is never valid for another purpose signed with the
 * same secret.
 */
const MAX_TOKEN_LENGTH = 1_000;

function signature(secret: string, purpose: string, payload: string): string {
	return createHmac('sha256', secret).update(`${purpose}\n${payload}`).digest('base64url');
}

export async function createSignedToken(
	purpose: string,
	payload: Record<string, string>,
	secret?: string
): Promise<string> {
	const key = secret ?? (await resolveAuthSecret());
	const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
	return `${encoded}.${signature(key, purpose, encoded)}`;
}

/**
 * The payload of a genuine token for this purpose, checked against `schema`; null for anything
 * forged, altered, malformed or signed for another purpose.
 */
export async function verifySignedToken<T>(
	purpose: string,
	token: string,
	schema: z.ZodType<T>
): Promise<T | null> {
	const [encoded, given, extra] = token.split('.');
	if (!encoded || !given || extra !== undefined || token.length > MAX_TOKEN_LENGTH) return null;
	if (!sameHash(signature(await resolveAuthSecret(), purpose, encoded), given)) return null;
	let json: unknown;
	try {
		json = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
	} catch {
		return null;
	}
	const parsed = schema.safeParse(json);
	return parsed.success ? parsed.data : null;
}
