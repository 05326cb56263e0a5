import { and, eq, ne } from 'drizzle-orm';
import { personLabel, recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { queueMail } from '../../mail/queue-mail';
import { AuthError } from '../errors';
import { emailChangedMail } from '../mails/account-mails';
import { user } from '../schema';
import { takeEmailConfirmation } from './email-confirmation';

export type ConfirmEmailResult = { kind: 'verified' | 'changed'; email: string };

/**
 * The link from a confirmation mail: marks the address verified, or switches the account to the
 * new address. Works without being signed in (the link proves the mailbox); it never signs anyone in.
 */
export async function confirmEmail(options: {
	token: string;
	ip?: string | null;
}): Promise<ConfirmEmailResult> {
	const taken = await takeEmailConfirmation(options.token);
	if (taken.status !== 'valid') {
		throw new AuthError(taken.status === 'expired' ? 'token_expired' : 'token_invalid');
	}
	const { userId, email, change } = taken.confirmation;
	const [account] = await db.select().from(user).where(eq(user.id, userId));
	if (!account) throw new AuthError('token_invalid');

	if (!change) {
		// Stale link after the address changed in between: it proved a mailbox we no longer use.
		if (account.email !== email) throw new AuthError('token_invalid');
		await db.update(user).set({ emailVerified: true }).where(eq(user.id, userId));
		await recordAudit({
			actor: { id: account.id, email: account.email, name: account.name },
			action: 'user.email_verify',
			targetType: 'user',
			targetId: account.id,
			targetLabel: personLabel(account.name, account.email),
			ip: options.ip
		});
		return { kind: 'verified', email };
	}

	const [taker] = await db
		.select({ id: user.id })
		.from(user)
		.where(and(eq(user.email, email), ne(user.id, userId)));
	if (taker) throw new AuthError('email_taken');
	try {
		await db.update(user).set({ email, emailVerified: true }).where(eq(user.id, userId));
	} catch (error) {
		// Someone took the address between the check and the update: the unique index refused.
		const [again] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
		if (again && again.id !== userId) throw new AuthError('email_taken');
		throw error;
	}
	await queueMail({
		to: account.email,
		category: 'auth.email_changed',
		...emailChangedMail({ newEmail: email })
	});
	await recordAudit({
		actor: { id: account.id, email, name: account.name },
		action: 'user.email_change',
		targetType: 'user',
		targetId: account.id,
		targetLabel: personLabel(account.name, email),
		details: { old: account.email, new: email },
		ip: options.ip
	});
	return { kind: 'changed', email };
}
