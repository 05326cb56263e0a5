import { personLabel, recordAudit } from '../../audit/record-audit';
import { RATE_LIMITS } from '../../security/rate-limit';
import { getAuth } from '../auth';
import { AuthError, fromAuthApiError } from '../errors';
import { assertCan } from '../policy';
import { enforceRateLimit } from '../rate-limits';
import { authHeaders, setCookiesOf, type RequestContext } from '../request-context';
import type { SessionUser } from '../types';

/** Switches two-factor sign-in off again (never for the board, for whom it is mandatory). */
export async function disableTwoFactor(options: {
	actor: SessionUser | null;
	password: string;
	request: RequestContext;
}): Promise<{ setCookies: string[] }> {
	assertCan(options.actor, 'account.manage');
	if (options.actor.role === 'board') throw new AuthError('two_factor_required_for_board');
	if (!options.actor.twoFactorEnabled) throw new AuthError('two_factor_not_enabled');
	await enforceRateLimit(RATE_LIMITS.signIn, `user:${options.actor.id}`);
	const auth = await getAuth();
	try {
		const { headers } = await auth.api.disableTwoFactor({
			body: { password: options.password },
			headers: authHeaders(options.request),
			returnHeaders: true
		});
		await recordAudit({
			actor: options.actor,
			action: 'user.two_factor_disable',
			targetType: 'user',
			targetId: options.actor.id,
			targetLabel: personLabel(options.actor.name, options.actor.email),
			ip: options.request.ip
		});
		return { setCookies: setCookiesOf(headers) };
	} catch (error) {
		fromAuthApiError(error, 'password');
	}
}
