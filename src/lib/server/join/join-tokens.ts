import { createHmac } from 'node:crypto';
import { resolveAuthSecret } from '../auth/auth-secret';
import { sameHash } from '../auth/tokens';

/**
 * Two signed values of the join form, both HMACs with the instance's auth secret so nothing has to
 * be stored for them: the confirmation link (request id + expiry) and the form stamp (when the form
 * was handed out). Each has its own purpose string, so neither signature is valid for the other or
 * for anything else signed with the same secret.
 */
const CONFIRM_PURPOSE = 'kommunalnetz/join/confirm/v1';
const STAMP_PURPOSE = 'kommunalnetz/join/form-stamp/v1';

/** How long the confirmation link works. Unconfirmed requests are deleted after 30 days anyway. */
export const CONFIRMATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;
/** People need a few seconds to fill in the form; a bot posting at once is refused. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer than this is handed out again (its stamp no longer counts). */
export const MAX_FILL_MS = 24 * 60 * 60 * 1000;

function sign(secret: string, purpose: string, payload: string): string {
	return createHmac('sha256', secret).update(`${purpose}\n${payload}`).digest('base64url');
}

function verify(secret: string, purpose: string, token: string): string | null {
	if (token.length > 500) return null;
	const [payload, given, extra] = token.split('.');
	if (!payload || !given || extra !== undefined) return null;
	return sameHash(sign(secret, purpose, payload), given) ? payload : null;
}

export async function createConfirmationToken(
	requestId: string,
	now = new Date()
): Promise<string> {
	const payload = `${requestId}~${(now.getTime() + CONFIRMATION_VALID_MS).toString(36)}`;
	return `${payload}.${sign(await resolveAuthSecret(), CONFIRM_PURPOSE, payload)}`;
}

export type ConfirmationTokenCheck =
	{ status: 'valid'; requestId: string } | { status: 'expired' } | { status: 'invalid' };

export async function checkConfirmationToken(
	token: string,
	now = new Date()
): Promise<ConfirmationTokenCheck> {
	const payload = verify(await resolveAuthSecret(), CONFIRM_PURPOSE, token);
	const match = payload?.match(/^([0-9a-f-]{36})~([0-9a-z]+)$/);
	if (!match) return { status: 'invalid' };
	if (parseInt(match[2]!, 36) <= now.getTime()) return { status: 'expired' };
	return { status: 'valid', requestId: match[1]! };
}

/** The stamp put into the form when it is shown. */
export async function createFormStamp(now = new Date()): Promise<string> {
	const payload = now.getTime().toString(36);
	return `${payload}.${sign(await resolveAuthSecret(), STAMP_PURPOSE, payload)}`;
}

/** ok: filled in by someone who took their time. too-fast / missing: refuse and hand out anew. */
export async function checkFormStamp(
	stamp: string | undefined,
	now = new Date()
): Promise<'ok' | 'too-fast' | 'missing'> {
	const payload = stamp ? verify(await resolveAuthSecret(), STAMP_PURPOSE, stamp) : null;
	if (!payload || !/^[0-9a-z]+$/.test(payload)) return 'missing';
	const elapsed = now.getTime() - parseInt(payload, 36);
	if (elapsed > MAX_FILL_MS || elapsed < -60_000) return 'missing';
	return elapsed < MIN_FILL_MS ? 'too-fast' : 'ok';
}
