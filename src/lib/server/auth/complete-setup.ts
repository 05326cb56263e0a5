import { personLabel, recordAudit } from '../audit/record-audit';
import { RATE_LIMITS } from '../security/rate-limit';
import { createAccount } from './create-account';
import { AuthError } from './errors';
import { enforceRateLimit } from './rate-limits';
import type { RequestContext } from './request-context';
import {
	consumeSetupToken,
	isValidSetupToken,
	removeSetupLinkFile,
	restoreSetupToken,
	setupRequired
} from './setup-token';
import { signIn, type SignInResult } from './sign-in';

/**
 * First start: the holder of the setup link creates the first board account and is signed in.
 * The token is consumed before the account is created, so two submissions cannot make two.
 */
export async function completeSetup(options: {
	token: string;
	name: string;
	email: string;
	password: string;
	request: RequestContext;
}): Promise<SignInResult> {
	await enforceRateLimit(RATE_LIMITS.setup, `ip:${options.request.ip}`);
	if (!(await setupRequired())) throw new AuthError('setup_done');
	if (!(await isValidSetupToken(options.token))) throw new AuthError('setup_token_invalid');
	if (!(await consumeSetupToken(options.token))) throw new AuthError('setup_token_invalid');

	let created: { id: string };
	try {
		created = await createAccount({
			email: options.email,
			name: options.name,
			role: 'board',
			password: options.password
		});
	} catch (error) {
		await restoreSetupToken(options.token);
		throw error;
	}
	removeSetupLinkFile();
	await recordAudit({
		actor: null,
		action: 'auth.setup_complete',
		targetType: 'user',
		targetId: created.id,
		targetLabel: personLabel(options.name, options.email.toLowerCase()),
		details: { role: 'board' },
		ip: options.request.ip
	});
	return signIn({ email: options.email, password: options.password, request: options.request });
}
