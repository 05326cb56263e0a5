import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { resolveAuthSecret } from '../auth/auth-secret';
import { absoluteUrl } from '../auth/public-origin';
import { sameHash } from '../auth/tokens';

/**
 * The signed link in every alert mail that switches that saved search's mail off, without
 * signing in, for as long as the mail exists. Same construction as the discussions' links (see
 * `discussions/notifications/unsubscribe-token.ts`): person and search plus an HMAC with the
 * auth secret, under its own purpose string so neither kind of link is ever valid as the other.
 */
const PURPOSE = 'kommunalnetz/alerts/unsubscribe/v1';

const payloadSchema = z.object({ u: z.string().min(1), s: z.uuid() }).strict();

function signature(secret: string, payload: string): string {
	return createHmac('sha256', secret).update(`${PURPOSE}\n${payload}`).digest('base64url');
}

export async function createAlertUnsubscribeToken(
	userId: string,
	savedSearchId: string,
	secret?: string
): Promise<string> {
	const key = secret ?? (await resolveAuthSecret());
	const payload = Buffer.from(JSON.stringify({ u: userId, s: savedSearchId }), 'utf8').toString(
		'base64url'
	);
	return `${payload}.${signature(key, payload)}`;
}

export async function alertUnsubscribeUrl(
	userId: string,
	savedSearchId: string,
	secret?: string
): Promise<string> {
	return absoluteUrl(
		`/abbestellen/suche/${await createAlertUnsubscribeToken(userId, savedSearchId, secret)}`
	);
}

/** Person and saved search of a genuine token; null for anything forged, altered or malformed. */
export async function verifyAlertUnsubscribeToken(
	token: string
): Promise<{ userId: string; savedSearchId: string } | null> {
	const [payload, given, extra] = token.split('.');
	if (!payload || !given || extra !== undefined || token.length > 1_000) return null;
	if (!sameHash(signature(await resolveAuthSecret(), payload), given)) return null;
	try {
		const parsed = payloadSchema.parse(
			JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
		);
		return { userId: parsed.u, savedSearchId: parsed.s };
	} catch {
		return null;
	}
}
