import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random token for a link (256 bits, URL-safe). */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

/** What we store instead of the token: a leaked table row opens no link. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	return left.length === right.length && timingSafeEqual(left, right);
}
