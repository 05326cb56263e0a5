import { z } from 'zod';
import { absoluteUrl } from '../../auth/public-origin';
import { createSignedToken, verifySignedToken } from '../../auth/signed-link';

/** What an unsubscribe link stops: all mail from a group, or the replies of one thread. */
export type UnsubscribeTarget =
	{ kind: 'group'; groupId: string } | { kind: 'thread'; threadId: string };

const payloadSchema = z.union([
	z.object({ u: z.string().min(1), g: z.uuid() }).strict(),
	z.object({ u: z.string().min(1), t: z.uuid() }).strict()
]);

/** The link in discussion mails: person + group or thread (see `auth/signed-link.ts`). */
const PURPOSE = 'kommunalnetz/discussions/unsubscribe/v1';

export async function createUnsubscribeToken(
	userId: string,
	target: UnsubscribeTarget,
	secret?: string
): Promise<string> {
	const payload: Record<string, string> =
		target.kind === 'group' ? { u: userId, g: target.groupId } : { u: userId, t: target.threadId };
	return createSignedToken(PURPOSE, payload, secret);
}

export async function unsubscribeUrl(
	userId: string,
	target: UnsubscribeTarget,
	secret?: string
): Promise<string> {
	return absoluteUrl(`/abbestellen/${await createUnsubscribeToken(userId, target, secret)}`);
}

/** The person and target of a genuine token; null for anything forged, altered or malformed. */
export async function verifyUnsubscribeToken(
	token: string
): Promise<{ userId: string; target: UnsubscribeTarget } | null> {
	const parsed = await verifySignedToken(PURPOSE, token, payloadSchema);
	if (!parsed) return null;
	return 'g' in parsed
		? { userId: parsed.u, target: { kind: 'group', groupId: parsed.g } }
		: { userId: parsed.u, target: { kind: 'thread', threadId: parsed.t } };
}
