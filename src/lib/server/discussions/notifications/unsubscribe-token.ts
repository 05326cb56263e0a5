import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { resolveAuthSecret } from '../../auth/auth-secret';
import { absoluteUrl } from '../../auth/public-origin';
import { sameHash } from '../../auth/tokens';

/** What an unsubscribe link stops: all mail from a group, or the replies of one thread. */
export type UnsubscribeTarget =
	{ kind: 'group'; groupId: string } | { kind: 'thread'; threadId: string };

const payloadSchema = z.union([
	z.object({ u: z.string().min(1), g: z.uuid() }).strict(),
	z.object({ u: z.string().min(1), t: z.uuid() }).strict()
]);

/**
 * The link must work from any mail client without signing in, for as long as the mail exists,
 * so it carries its meaning (person + group or thread) and an HMAC over it with the instance's
 * auth secret instead of a stored random token: nothing to look up, nothing to expire, and
 * changing the person or the target breaks the signature. A separate purpose string keeps these
 * signatures from ever being valid for anything else signed with the same secret.
 */
const PURPOSE = 'kommunalnetz/discussions/unsubscribe/v1';

function signature(secret: string, payload: string): string {
	return createHmac('sha256', secret).update(`${PURPOSE}\n${payload}`).digest('base64url');
}

export async function createUnsubscribeToken(
	userId: string,
	target: UnsubscribeTarget,
	secret?: string
): Promise<string> {
	const key = secret ?? (await resolveAuthSecret());
	const body =
		target.kind === 'group' ? { u: userId, g: target.groupId } : { u: userId, t: target.threadId };
	const payload = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
	return `${payload}.${signature(key, payload)}`;
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
	const [payload, given, extra] = token.split('.');
	if (!payload || !given || extra !== undefined || token.length > 1_000) return null;
	if (!sameHash(signature(await resolveAuthSecret(), payload), given)) return null;
	let parsed: z.infer<typeof payloadSchema>;
	try {
		parsed = payloadSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
	} catch {
		return null;
	}
	return 'g' in parsed
		? { userId: parsed.u, target: { kind: 'group', groupId: parsed.g } }
		: { userId: parsed.u, target: { kind: 'thread', threadId: parsed.t } };
}
