import { personLabel, recordAudit } from '../../audit/record-audit';
import { queueMail } from '../../mail/queue-mail';
import { RATE_LIMITS } from '../../security/rate-limit';
import { getAuth } from '../auth';
import { AuthError, fromAuthApiError } from '../errors';
import { twoFactorEnabledMail } from '../mails/account-mails';
import { assertCan } from '../policy';
import { absoluteUrl } from '../public-origin';
import { enforceRateLimit } from '../rate-limits';
import { authHeaders, setCookiesOf, type RequestContext } from '../request-context';
import type { SessionUser } from '../types';

/**
 * Step 2: a right code from the app switches two-factor sign-in on. better-auth replaces the
 * session (new cookie); the backup codes created in step 1 are returned to be shown this once.
 */
export async function confirmTwoFactorSetup(options: {
	actor: SessionUser | null;
	code: string;
	request: RequestContext;
}): Promise<{ setCookies: string[]; backupCodes: string[] }> {
	assertCan(options.actor, 'account.manage');
	const actor = options.actor;
	if (actor.twoFactorEnabled) throw new AuthError('two_factor_already_enabled');
	await enforceRateLimit(RATE_LIMITS.twoFactor, `user:${actor.id}`);
	const auth = await getAuth();
	let setCookies: string[];
	try {
		const { headers } = await auth.api.verifyTOTP({
			body: { code: options.code.replace(/\s+/g, '') },
			headers: authHeaders(options.request),
			returnHeaders: true
		});
		setCookies = setCookiesOf(headers);
	} catch (error) {
		fromAuthApiError(error, 'code');
	}
	const { backupCodes } = await auth.api.viewBackupCodes({ body: { userId: actor.id } });
	await queueMail({
		to: actor.email,
		category: 'auth.two_factor_enabled',
		...twoFactorEnabledMail({ securityUrl: absoluteUrl('/konto/sicherheit') })
	});
	await recordAudit({
		actor,
		action: 'user.two_factor_enable',
		targetType: 'user',
		targetId: actor.id,
		targetLabel: personLabel(actor.name, actor.email),
		ip: options.request.ip
	});
	return { setCookies, backupCodes };
}
