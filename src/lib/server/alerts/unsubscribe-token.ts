import { z } from 'zod';
import { absoluteUrl } from '../auth/public-origin';
import { createSignedToken, verifySignedToken } from '../auth/signed-link';

/**
 * The signed link in every alert mail that switches that saved search's mail off, without
 * signing in, for as long as the mail exists (see `auth/signed-link.ts`).
 */
const PURPOSE = 'kommunalnetz/alerts/unsubscribe/v1';

const payloadSchema = z.object({ u: z.string().min(1), s: z.uuid() }).strict();

export async function createAlertUnsubscribeToken(
	userId: string,
	savedSearchId: string,
	secret?: string
): Promise<string> {
	return createSignedToken(PURPOSE, { u: userId, s: savedSearchId }, secret);
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
	const parsed = await verifySignedToken(PURPOSE, token, payloadSchema);
	return parsed && { userId: parsed.u, savedSearchId: parsed.s };
}
