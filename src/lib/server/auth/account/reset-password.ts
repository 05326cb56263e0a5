import { personLabel, recordAudit } from '../../audit/record-audit';
import { RATE_LIMITS } from '../../security/rate-limit';
import { getAuth, getAuthContext } from '../auth';
import { AuthError, fromAuthApiError } from '../errors';
import { enforceRateLimit } from '../rate-limits';
import type { RequestContext } from '../request-context';

const identifier = (token: string) => `reset-password:${token}`;

/** Whether a reset link still works, so the page can say so before anyone types a password. */
export async function checkPasswordResetToken(
	token: string
): Promise<'valid' | 'expired' | 'invalid'> {
	if (!token) return 'invalid';
	const ctx = await getAuthContext();
	const row = await ctx.internalAdapter.findVerificationValue(identifier(token));
	if (!row) return 'invalid';
	return new Date(row.expiresAt) <= new Date() ? 'expired' : 'valid';
}

/** Sets the new password from a mailed link; every session of the account ends (better-auth). */
export async function resetPassword(options: {
	token: string;
	newPassword: string;
	request: RequestContext;
}): Promise<void> {
	await enforceRateLimit(RATE_LIMITS.passwordReset, `set-ip:${options.request.ip}`);
	const state = await checkPasswordResetToken(options.token);
	if (state !== 'valid')
		throw new AuthError(state === 'expired' ? 'token_expired' : 'token_invalid');
	const ctx = await getAuthContext();
	const row = await ctx.internalAdapter.findVerificationValue(identifier(options.token));
	const userId = row?.value;

	const auth = await getAuth();
	try {
		await auth.api.resetPassword({
			body: { token: options.token, newPassword: options.newPassword }
		});
	} catch (error) {
		fromAuthApiError(error, 'password');
	}
	const account = userId ? await ctx.internalAdapter.findUserById(userId) : null;
	await recordAudit({
		actor: account ? { id: account.id, email: account.email, name: account.name } : null,
		action: 'user.password_reset',
		targetType: 'user',
		targetId: userId,
		targetLabel: account ? personLabel(account.name, account.email) : undefined,
		ip: options.request.ip
	});
}
