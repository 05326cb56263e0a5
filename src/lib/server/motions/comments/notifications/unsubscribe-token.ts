import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { resolveAuthSecret } from '../../../auth/auth-secret';
import { absoluteUrl } from '../../../auth/public-origin';
import { sameHash } from '../../../auth/tokens';

/**
 * The signed link in a comment mail: it names the author and the motion the mail was about, and
 * works without signing in for as long as the mail exists (the pattern of discussions'
 * unsubscribe-token.ts, with a purpose of its own so no other signature ever fits here). The page
 * it opens offers to stop mails for that motion or for all of the person's motions.
 */
const PURPOSE = 'kommunalnetz/motions/comment-mail/unsubscribe/v1';

const payloadSchema = z.object({ u: z.string().min(1), m: z.uuid() }).strict();

function signature(secret: string, payload: string): string {
	return createHmac('sha256', secret).update(`${PURPOSE}\n${payload}`).digest('base64url');
}

export async function createCommentMailToken(
	userId: string,
	motionId: string,
	secret?: string
): Promise<string> {
	const key = secret ?? (await resolveAuthSecret());
	const payload = Buffer.from(JSON.stringify({ u: userId, m: motionId }), 'utf8').toString(
		'base64url'
	);
	return `${payload}.${signature(key, payload)}`;
}

export async function commentMailUnsubscribeUrl(
	userId: string,
	motionId: string,
	secret?: string
): Promise<string> {
	return absoluteUrl(
		`/abbestellen/antrag/${await createCommentMailToken(userId, motionId, secret)}`
	);
}

/** Person and motion of a genuine token; null for anything forged, altered or malformed. */
export async function verifyCommentMailToken(
	token: string
): Promise<{ userId: string; motionId: string } | null> {
	const [payload, given, extra] = token.split('.');
	if (!payload || !given || extra !== undefined || token.length > 1_000) return null;
	if (!sameHash(signature(await resolveAuthSecret(), payload), given)) return null;
	try {
		const parsed = payloadSchema.parse(
			JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
		);
		return { userId: parsed.u, motionId: parsed.m };
	} catch {
		return null;
	}
}
