import { RATE_LIMITS } from '../security/rate-limit';
import { getAuth } from './auth';
import { fromAuthApiError } from './errors';
import { enforceRateLimit } from './rate-limits';
import { authHeaders, setCookiesOf, type RequestContext } from './request-context';

/** Six digits come from the authenticator app; anything else is tried as a backup code. */
export function isTotpCode(code: string): boolean {
	return /^\d{6}$/.test(code);
}

/**
 * Second step of signing in: the pending challenge travels in better-auth's signed two-factor
 * cookie (10 minutes, 5 tries); a right code turns it into a session.
 */
export async function verifySignInCode(options: {
	code: string;
	request: RequestContext;
}): Promise<{ setCookies: string[] }> {
	await enforceRateLimit(RATE_LIMITS.twoFactor, `ip:${options.request.ip}`);
	const code = options.code.replace(/\s+/g, '');
	const auth = await getAuth();
	const headers = authHeaders(options.request);
	try {
		const result = isTotpCode(code)
			? await auth.api.verifyTOTP({ body: { code }, headers, returnHeaders: true })
			: await auth.api.verifyBackupCode({ body: { code }, headers, returnHeaders: true });
		return { setCookies: setCookiesOf(result.headers) };
	} catch (error) {
		fromAuthApiError(error, 'code');
	}
}

/** Whether this request carries a pending second-factor challenge at all. */
export function hasPendingSecondFactor(cookie: string | null | undefined): boolean {
	return Boolean(cookie?.includes('kommunalnetz.two_factor'));
}
