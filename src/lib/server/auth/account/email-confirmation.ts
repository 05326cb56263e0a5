import { queueMail } from '../../mail/queue-mail';
import { getAuthContext } from '../auth';
import { emailConfirmationMail } from '../mails/account-mails';
import { absoluteUrl } from '../public-origin';
import { newToken } from '../tokens';

/** Links to confirm an address hold one day. */
const CONFIRM_SECONDS = 24 * 3600;
const identifier = (token: string) => `email-confirm:${token}`;

export interface EmailConfirmation {
	userId: string;
	/** The address being confirmed: the current one, or the new one of a change. */
	email: string;
	change: boolean;
}

/**
 * Stores a single-use confirmation in better-auth's verification table (identifier hashed) and
 * mails the link to the address in question.
 */
export async function sendEmailConfirmation(confirmation: EmailConfirmation): Promise<void> {
	const ctx = await getAuthContext();
	const token = newToken();
	const expiresAt = new Date(Date.now() + CONFIRM_SECONDS * 1000);
	await ctx.internalAdapter.createVerificationValue({
		identifier: identifier(token),
		value: JSON.stringify(confirmation),
		expiresAt
	});
	const mail = emailConfirmationMail({
		url: absoluteUrl(`/email-bestaetigen?token=${token}`),
		change: confirmation.change,
		expiresAt
	});
	await queueMail({ to: confirmation.email, category: 'auth.email_confirmation', ...mail });
}

export type TakenConfirmation =
	{ status: 'valid'; confirmation: EmailConfirmation } | { status: 'expired' | 'invalid' };

/** Uses up a confirmation link; only the first of concurrent clicks gets it. */
export async function takeEmailConfirmation(token: string): Promise<TakenConfirmation> {
	if (!token) return { status: 'invalid' };
	const ctx = await getAuthContext();
	const found = await ctx.internalAdapter.findVerificationValue(identifier(token));
	if (!found) return { status: 'invalid' };
	if (new Date(found.expiresAt) <= new Date()) return { status: 'expired' };
	const consumed = await ctx.internalAdapter.consumeVerificationValue(identifier(token));
	if (!consumed) return { status: 'invalid' };
	return { status: 'valid', confirmation: JSON.parse(consumed.value) as EmailConfirmation };
}
