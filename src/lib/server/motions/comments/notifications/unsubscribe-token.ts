import { z } from 'zod';
import { absoluteUrl } from '../../../auth/public-origin';
import { createSignedToken, verifySignedToken } from '../../../auth/signed-link';

/**
 * The signed link in a comment mail (see `auth/signed-link.ts`): it names the author and the
 * motion the mail was about. The page it opens offers to stop mails for that motion or for all of
 * the person's motions.
 */
const PURPOSE = 'kommunalnetz/motions/comment-mail/unsubscribe/v1';

const payloadSchema = z.object({ u: z.string().min(1), m: z.uuid() }).strict();

export async function createCommentMailToken(
	userId: string,
	motionId: string,
	secret?: string
): Promise<string> {
	return createSignedToken(PURPOSE, { u: userId, m: motionId }, secret);
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
	const parsed = await verifySignedToken(PURPOSE, token, payloadSchema);
	return parsed && { userId: parsed.u, motionId: parsed.m };
}
