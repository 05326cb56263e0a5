import { personLabel, recordAudit } from '../../audit/record-audit';
import { RATE_LIMITS } from '../../security/rate-limit';
import { getAuth } from '../auth';
import { AuthError, fromAuthApiError } from '../errors';
import { assertCan } from '../policy';
import { enforceRateLimit } from '../rate-limits';
import { authHeaders, type RequestContext } from '../request-context';
import type { SessionUser } from '../types';

/** Ten new backup codes (the old ones stop working), after confirming the password. */
export async function regenerateBackupCodes(options: {
	actor: SessionUser | null;
	password: string;
	request: RequestContext;
}): Promise<string[]> {
	assertCan(options.actor, 'account.manage');
	if (!options.actor.twoFactorEnabled) throw new AuthError('two_factor_not_enabled');
	await enforceRateLimit(RATE_LIMITS.signIn, `user:${options.actor.id}`);
	const auth = await getAuth();
	try {
		const result = await auth.api.generateBackupCodes({
			body: { password: options.password },
			headers: authHeaders(options.request)
		});
		await recordAudit({
			actor: options.actor,
			action: 'user.backup_codes_regenerate',
			targetType: 'user',
			targetId: options.actor.id,
			targetLabel: personLabel(options.actor.name, options.actor.email),
			ip: options.request.ip
		});
		return result.backupCodes;
	} catch (error) {
		fromAuthApiError(error, 'password');
	}
}
