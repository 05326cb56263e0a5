import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { resolveAuthSecret } from '../auth/auth-secret';
import { absoluteUrl } from '../auth/public-origin';
import { sameHash } from '../auth/tokens';

/**
 * The signed link in every Rundbrief that stops all further Rundbriefe for its person, without
 * signing in. Same construction as the alerts' and discussions' links, under its own purpose
 * string so no other kind of link is ever valid here. It names the person only: one switch stops
 * every Rundbrief, whichever mail the link came in.
 */
const PURPOSE = 'kommunalnetz/newsletter/unsubscribe/v1';

const payloadSchema = z.object({ u: z.string().min(1) }).strict();

function signature(secret: string, payload: string): string {
	return createHmac('sha256', secret).update(`${PURPOSE}\n${payload}`).digest('base64url');
}

export async function createNewsletterUnsubscribeToken(
	userId: string,
	secret?: string
): Promise<string> {
	const key = secret ?? (await resolveAuthSecret());
	const payload = Buffer.from(JSON.stringify({ u: userId }), 'utf8').toString('base64url');
	return `${payload}.${signature(key, payload)}`;
}

export async function newsletterUnsubscribeUrl(userId: string, secret?: string): Promise<string> {
	return absoluteUrl(
		`/abbestellen/rundbrief/${await createNewsletterUnsubscribeToken(userId, secret)}`
	);
}

/** The account of a genuine token; null for anything forged, altered or malformed. */
export async function verifyNewsletterUnsubscribeToken(token: string): Promise<string | null> {
	const [payload, given, extra] = token.split('.');
	if (!payload || !given || extra !== undefined || token.length > 1_000) return null;
	if (!sameHash(signature(await resolveAuthSecret(), payload), given)) return null;
	try {
		return payloadSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).u;
	} catch {
		return null;
	}
}
