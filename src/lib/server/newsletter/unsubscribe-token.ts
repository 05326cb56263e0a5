import { z } from 'zod';
import { absoluteUrl } from '../auth/public-origin';
import { createSignedToken, verifySignedToken } from '../auth/signed-link';

/**
 * The signed link in every Rundbrief that stops all further Rundbriefe for its person, without
 * signing in (see `auth/signed-link.ts`). It names the person only: one switch stops every
 * Rundbrief, whichever mail the link came in.
 */
const PURPOSE = 'kommunalnetz/newsletter/unsubscribe/v1';

const payloadSchema = z.object({ u: z.string().min(1) }).strict();

export async function createNewsletterUnsubscribeToken(
	userId: string,
	secret?: string
): Promise<string> {
	return createSignedToken(PURPOSE, { u: userId }, secret);
}

export async function newsletterUnsubscribeUrl(userId: string, secret?: string): Promise<string> {
	return absoluteUrl(
		`/abbestellen/rundbrief/${await createNewsletterUnsubscribeToken(userId, secret)}`
	);
}

/** The account of a genuine token; null for anything forged, altered or malformed. */
export async function verifyNewsletterUnsubscribeToken(token: string): Promise<string | null> {
	return (await verifySignedToken(PURPOSE, token, payloadSchema))?.u ?? null;
}
