import { personLabel, recordAudit } from '../../audit/record-audit';
import { RATE_LIMITS } from '../../security/rate-limit';
import { getAuth } from '../auth';
import { fromAuthApiError } from '../errors';
import { assertCan } from '../policy';
import { enforceRateLimit } from '../rate-limits';
import { authHeaders, setCookiesOf, type RequestContext } from '../request-context';
import type { SessionUser } from '../types';

/**
 * New password with the current one as proof. Every other session ends; this browser gets a
 * fresh session cookie (better-auth re-issues it).
 */
export async function changePassword(options: {
	actor: SessionUser | null;
	currentPassword: string;
	newPassword: string;
	request: RequestContext;
}): Promise<{ setCookies: string[] }> {
	assertCan(options.actor, 'account.manage');
	// The current password can be guessed here by whoever holds a session; limit that like sign-in.
	await enforceRateLimit(RATE_LIMITS.signIn, `user:${options.actor.id}`);
	const auth = await getAuth();
	try {
		const { headers } = await auth.api.changePassword({
			body: {
				currentPassword: options.currentPassword,
				newPassword: options.newPassword,
				revokeOtherSessions: true
			},
			headers: authHeaders(options.request),
			returnHeaders: true
		});
		await recordAudit({
			actor: options.actor,
			action: 'user.password_change',
			targetType: 'user',
			targetId: options.actor.id,
			targetLabel: personLabel(options.actor.name, options.actor.email),
			ip: options.request.ip
		});
		return { setCookies: setCookiesOf(headers) };
	} catch (error) {
		fromAuthApiError(error, 'currentPassword');
	}
}
