import { createHmac, randomBytes } from 'node:crypto';
import { resolveAuthSecret } from '../auth/auth-secret';
import { absoluteUrl } from '../auth/public-origin';
import { hashToken } from '../auth/tokens';

/**
 * The secret part of a saved search's feed address. A feed reader has no session, so the token
 * alone acts as the owner. It is derived, not stored: an HMAC with the instance's auth secret over
 * the search id and a random nonce. The database keeps only the nonce and a sha256 of the token
 * (for the lookup), so a copy of the database alone opens no feed, while the owner can see the
 * address again at any time. A new nonce revokes the old address.
 */
const PURPOSE = 'kommunalnetz/alerts/feed/v1';

export function newFeedNonce(): string {
	return randomBytes(18).toString('base64url');
}

export function feedToken(searchId: string, nonce: string, secret: string): string {
	return createHmac('sha256', secret)
		.update(`${PURPOSE}\n${searchId}\n${nonce}`)
		.digest('base64url');
}

/** Nonce and lookup hash for a new or regenerated feed address. */
export async function freshFeedCredentials(
	searchId: string
): Promise<{ feedNonce: string; feedTokenHash: string }> {
	const feedNonce = newFeedNonce();
	const token = feedToken(searchId, feedNonce, await resolveAuthSecret());
	return { feedNonce, feedTokenHash: hashToken(token) };
}

export function feedUrl(token: string): string {
	return absoluteUrl(`/feeds/suche/${token}.xml`);
}

/** Only base64url of a sha256 (43 characters) can be a token; anything else is not looked up. */
export function isWellFormedFeedToken(token: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(token);
}
