import { RATE_LIMITS } from '../../security/rate-limit';
import { getAuth } from '../auth';
import { enforceRateLimit } from '../rate-limits';
import type { RequestContext } from '../request-context';

/**
 * "Passwort vergessen": mails a one-hour link if the address belongs to an active account. The
 * caller always gets the same answer, so the form reveals nothing about who has an account.
 */
export async function requestPasswordReset(options: {
	email: string;
	request: RequestContext;
}): Promise<void> {
	const email = options.email.trim().toLowerCase();
	await enforceRateLimit(RATE_LIMITS.passwordReset, `ip:${options.request.ip}`, `email:${email}`);
	const auth = await getAuth();
	await auth.api.requestPasswordReset({ body: { email } });
}
