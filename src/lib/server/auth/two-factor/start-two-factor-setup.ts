import { RATE_LIMITS } from '../../security/rate-limit';
import { getAuth } from '../auth';
import { AuthError, fromAuthApiError } from '../errors';
import { assertCan } from '../policy';
import { enforceRateLimit } from '../rate-limits';
import { authHeaders, type RequestContext } from '../request-context';
import type { SessionUser } from '../types';
import { TOTP_ISSUER, totpDisplay, type TotpDisplay } from './totp-display';

/**
 * Step 1 of turning on two-factor sign-in: confirm the password, get a new secret. It is stored
 * unverified and only takes effect once a code from the app confirms it (step 2).
 */
export async function startTwoFactorSetup(options: {
	actor: SessionUser | null;
	password: string;
	request: RequestContext;
}): Promise<TotpDisplay> {
	assertCan(options.actor, 'account.manage');
	if (options.actor.twoFactorEnabled) throw new AuthError('two_factor_already_enabled');
	await enforceRateLimit(RATE_LIMITS.signIn, `user:${options.actor.id}`);
	const auth = await getAuth();
	try {
		const result = await auth.api.enableTwoFactor({
			body: { password: options.password, issuer: TOTP_ISSUER },
			headers: authHeaders(options.request)
		});
		if (!('totpURI' in result) || !result.totpURI) throw new Error('Kein TOTP-Schlüssel erhalten');
		return totpDisplay(result.totpURI);
	} catch (error) {
		fromAuthApiError(error, 'password');
	}
}
