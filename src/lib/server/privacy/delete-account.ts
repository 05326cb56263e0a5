import { eq, like, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertBoardRemains, lockedAccount } from '../auth/admin/board-guard';
import { getAuthContext } from '../auth/auth';
import { AuthError } from '../auth/errors';
import { assertCan } from '../auth/policy';
import { enforceRateLimit } from '../auth/rate-limits';
import type { RequestContext } from '../auth/request-context';
import { invitation, user, verification } from '../auth/schema';
import { eraseJoinRequests } from '../join/personal-data';
import { signOut } from '../auth/sign-out';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { eraseDiscussionData } from '../discussions/personal-data';
import { indexMotions } from '../motions/index-motion';
import { eraseMotionData } from '../motions/personal-data';
import { mailMessage } from '../mail/schema';
import { RATE_LIMITS } from '../security/rate-limit';
import { isLastActiveBoardAccount } from './last-board';
import { erasePerson } from './erase-person';
import { DELETED_ACCOUNT_LABEL, scrubAuditLog } from './scrub-audit-log';

export interface DeletedAccount {
	/** Set-Cookie lines that clear the session cookies in this browser. */
	setCookies: string[];
	/** The person stays in the directory as public record of their elected mandates. */
	keptPublicRecord: boolean;
}

async function assertPassword(userId: string, password: string): Promise<void> {
	const ctx = await getAuthContext();
	const credential = await ctx.internalAdapter.findCredentialAccount(userId);
	const valid =
		credential?.password && password.length <= ctx.password.config.maxPasswordLength
			? await ctx.password.verify({ hash: credential.password, password })
			: false;
	if (!valid) throw new AuthError('wrong_password', 'password');
}

/**
 * Deletes the actor's own account for good (GDPR Art. 17), confirmed with the password: the
 * better-auth user with sessions, sign-in methods and second factor, the invitation and one-time
 * links, mails to the address, discussion contributions, and the person in the directory — except
 * the public record of elected mandates. The audit log keeps the events under the account's id,
 * without name or address. The last active board account cannot go: nobody could run the instance.
 */
export async function deleteAccount(options: {
	actor: SessionUser | null;
	password: string;
	request: RequestContext;
	now?: Date;
}): Promise<DeletedAccount> {
	assertCan(options.actor, 'account.manage');
	const actor = options.actor;
	const now = options.now ?? new Date();
	// Whoever holds a session could guess the password here: limit that like sign-in.
	await enforceRateLimit(RATE_LIMITS.signIn, `user:${actor.id}`);
	await assertPassword(actor.id, options.password);
	// Checked before anything is erased; the transaction checks again under lock.
	if (await isLastActiveBoardAccount(actor.id)) throw new AuthError('last_board');

	const { person, motionsToReindex } = await db.transaction(async (tx) => {
		await assertBoardRemains(tx, actor.id);
		const account = await lockedAccount(tx, actor.id);
		const email = account.email.toLowerCase();
		const person = await erasePerson(tx, account.id, now);
		// Before the invitation: a join request finds its account through it.
		await eraseJoinRequests(account.id, email, tx);
		await tx
			.delete(invitation)
			.where(
				or(eq(invitation.acceptedUserId, account.id), eq(sql`lower(${invitation.email})`, email))
			);
		// Open password-reset and e-mail confirmation links name the account in their value.
		await tx.delete(verification).where(like(verification.value, `%${account.id}%`));
		await tx.delete(mailMessage).where(eq(sql`lower(${mailMessage.toAddress})`, email));
		// Their posts stay as erased placeholders, so the others' replies keep their context.
		await eraseDiscussionData(account.id, tx);
		const motionsToReindex = await eraseMotionData(account.id, tx);
		await scrubAuditLog(tx, { userId: account.id, email, name: account.name, person });
		// Sessions, sign-in methods and the second factor go with the user (ON DELETE CASCADE).
		await tx.delete(user).where(eq(user.id, account.id));
		return { person, motionsToReindex };
	});
	// The search rows name the account among a draft's readers; rebuilt from what is left.
	await indexMotions(motionsToReindex);

	const keptPublicRecord = person.kind === 'public_record';
	await recordAudit({
		actor: { id: actor.id, name: DELETED_ACCOUNT_LABEL },
		action: 'user.delete',
		targetType: 'user',
		targetId: actor.id,
		targetLabel: DELETED_ACCOUNT_LABEL,
		details: {
			publicRecordKept: keptPublicRecord,
			...(person.kind === 'none' ? {} : { personId: person.personId })
		}
	});
	const { setCookies } = await signOut({ request: options.request });
	return { setCookies, keptPublicRecord };
}
