import { RATE_LIMITS } from '../../security/rate-limit';
import { AuthError } from '../errors';
import { assertCan } from '../policy';
import { enforceRateLimit } from '../rate-limits';
import type { SessionUser } from '../types';
import { sendEmailConfirmation } from './email-confirmation';

/** Sends the confirmation link for the current, not yet confirmed address once more. */
export async function resendVerification(options: { actor: SessionUser | null }): Promise<void> {
	assertCan(options.actor, 'account.manage');
	if (options.actor.emailVerified) throw new AuthError('email_already_verified');
	await enforceRateLimit(RATE_LIMITS.publicForm, `email-verify:${options.actor.id}`);
	await sendEmailConfirmation({
		userId: options.actor.id,
		email: options.actor.email,
		change: false
	});
}
