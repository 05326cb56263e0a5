import { RATE_LIMITS } from '../security/rate-limit';
import { getAuth } from './auth';
import { fromAuthApiError } from './errors';
import { enforceRateLimit } from './rate-limits';
import { authHeaders, setCookiesOf, type RequestContext } from './request-context';

export type SignInResult =
	| { status: 'signed-in'; userId: string; setCookies: string[] }
	/** Password was right; a code from the authenticator app (or a backup code) must follow. */
	| { status: 'two-factor'; setCookies: string[] };

/**
 * Password sign-in. Limited per IP and per address so that neither one machine nor a spread-out
 * attack can guess passwords of one account quickly.
 */
export async function signIn(options: {
	email: string;
	password: string;
	request: RequestContext;
}): Promise<SignInResult> {
	const email = options.email.trim().toLowerCase();
	await enforceRateLimit(RATE_LIMITS.signInPerIp, `ip:${options.request.ip}`);
	await enforceRateLimit(RATE_LIMITS.signIn, `email:${email}`);
	const auth = await getAuth();
	try {
		const { headers, response } = await auth.api.signInEmail({
			body: { email, password: options.password },
			headers: authHeaders(options.request),
			returnHeaders: true
		});
		const setCookies = setCookiesOf(headers);
		if ('twoFactorRedirect' in response && response.twoFactorRedirect) {
			return { status: 'two-factor', setCookies };
		}
		return {
			status: 'signed-in',
			userId: (response as { user: { id: string } }).user.id,
			setCookies
		};
	} catch (error) {
		// Wrong address or password is one message for the whole form: it must not say which.
		fromAuthApiError(error);
	}
}
