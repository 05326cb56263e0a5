import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { RATE_LIMITS } from '../../security/rate-limit';
import { AuthError } from '../errors';
import { assertCan } from '../policy';
import { enforceRateLimit } from '../rate-limits';
import { user } from '../schema';
import type { SessionUser } from '../types';
import { sendEmailConfirmation } from './email-confirmation';

/**
 * Asks for a new address: the confirmation link goes to the new address, and until it is used the
 * old address stays in force. An address that already has an account gets no mail, and the
 * answer is the same, so nobody learns who is registered.
 */
export async function requestEmailChange(options: {
	actor: SessionUser | null;
	newEmail: string;
}): Promise<void> {
	assertCan(options.actor, 'account.manage');
	const newEmail = options.newEmail.trim().toLowerCase();
	if (newEmail === options.actor.email) throw new AuthError('email_unchanged', 'email');
	await enforceRateLimit(RATE_LIMITS.publicForm, `email-change:${options.actor.id}`);
	const [taken] = await db.select({ id: user.id }).from(user).where(eq(user.email, newEmail));
	if (taken) return;
	await sendEmailConfirmation({ userId: options.actor.id, email: newEmail, change: true });
}
