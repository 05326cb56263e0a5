import { and, eq, ne } from 'drizzle-orm';
import type { JoinRole } from '../../shared/join';
import { personLabel, recordAudit } from '../audit/record-audit';
import { AuthError } from '../auth/errors';
import { inviteUser } from '../auth/invitations/invite-user';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { instanceConfig } from '../instance/instance-config';
import { queueMail } from '../mail/queue-mail';
import { JoinError, JoinRequestNotFoundError } from './errors';
import { declineMail } from './join-mails';
import { joinRequest } from './schema';
import { isUuid } from '../directory/is-uuid';

const ALREADY_DECIDED = 'Über diese Anfrage ist bereits entschieden.';

/**
 * Takes the request out of the inbox in one UPDATE, so two board members deciding at once
 * cannot both act (the second learns it is decided already).
 */
async function claimOpen(
	id: string,
	actor: SessionUser,
	now: Date,
	set: { status: 'accepted' | 'declined'; acceptedRole?: JoinRole }
) {
	const [claimed] = await db
		.update(joinRequest)
		.set({ ...set, decidedAt: now, decidedByUserId: actor.id })
		.where(and(eq(joinRequest.id, id), eq(joinRequest.status, 'open')))
		.returning();
	if (claimed) return claimed;
	const [existing] = await db
		.select({ status: joinRequest.status })
		.from(joinRequest)
		.where(eq(joinRequest.id, id));
	if (!existing || existing.status === 'unconfirmed') throw new JoinRequestNotFoundError();
	throw new JoinError(ALREADY_DECIDED);
}

/**
 * Accepts with the role member or interested: the existing invitation machinery sends the
 * person a link to set their password, so accounts come into being one way only.
 */
export async function acceptJoinRequest(options: {
	actor: SessionUser | null;
	id: string;
	role: JoinRole;
	ip?: string | null;
	now?: Date;
}): Promise<{ email: string; name: string }> {
	assertCan(options.actor, 'join.manage');
	if (!isUuid(options.id)) throw new JoinRequestNotFoundError();
	const actor = options.actor;
	const now = options.now ?? new Date();
	const claimed = await claimOpen(options.id, actor, now, {
		status: 'accepted',
		acceptedRole: options.role
	});
	let invitationId: string;
	try {
		({ id: invitationId } = await inviteUser({
			actor,
			email: claimed.email,
			role: options.role,
			ip: options.ip,
			now
		}));
	} catch (caught) {
		// Back to the inbox: nothing was sent, the board can sort it out and decide again.
		await db
			.update(joinRequest)
			.set({ status: 'open', decidedAt: null, decidedByUserId: null, acceptedRole: null })
			.where(eq(joinRequest.id, claimed.id));
		if (caught instanceof AuthError && caught.code === 'email_taken') {
			throw new JoinError(
				'Für diese E-Mail-Adresse gibt es bereits ein Konto. Ändern Sie bei Bedarf dessen Rolle unter „Personen“ und lehnen Sie die Anfrage ohne E-Mail ab.'
			);
		}
		if (caught instanceof AuthError && caught.code === 'invitation_open') {
			throw new JoinError(
				'An diese Adresse ist schon eine Einladung unterwegs (Personen → Einladungen). Lehnen Sie die Anfrage ohne E-Mail ab oder ziehen Sie die Einladung zurück.'
			);
		}
		throw caught;
	}
	await db.update(joinRequest).set({ invitationId }).where(eq(joinRequest.id, claimed.id));
	await recordAudit({
		actor,
		action: 'join.accept',
		targetType: 'join_request',
		targetId: claimed.id,
		targetLabel: personLabel(claimed.name, claimed.email),
		details: { role: options.role, invitationId },
		ip: options.ip
	});
	return { email: claimed.email, name: claimed.name };
}

/** Declines; with `notify` the person gets a mail, with the board's message if one is given. */
export async function declineJoinRequest(options: {
	actor: SessionUser | null;
	id: string;
	notify: boolean;
	message: string;
	ip?: string | null;
	now?: Date;
}): Promise<{ name: string; mailed: boolean }> {
	assertCan(options.actor, 'join.manage');
	if (!isUuid(options.id)) throw new JoinRequestNotFoundError();
	const actor = options.actor;
	const claimed = await claimOpen(options.id, actor, options.now ?? new Date(), {
		status: 'declined'
	});
	if (options.notify) {
		await queueMail({
			to: claimed.email,
			category: 'join.decline',
			...declineMail({ networkName: instanceConfig().networkName, message: options.message })
		});
	}
	await recordAudit({
		actor,
		action: 'join.decline',
		targetType: 'join_request',
		targetId: claimed.id,
		targetLabel: personLabel(claimed.name, claimed.email),
		details: { mailed: options.notify, withMessage: options.notify && options.message !== '' },
		ip: options.ip
	});
	return { name: claimed.name, mailed: options.notify };
}

/** The board's internal notes on a confirmed request (kept with it, shown to the board only). */
export async function updateJoinNotes(options: {
	actor: SessionUser | null;
	id: string;
	notes: string;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'join.manage');
	if (!isUuid(options.id)) throw new JoinRequestNotFoundError();
	const [row] = await db
		.update(joinRequest)
		.set({ notes: options.notes })
		.where(and(eq(joinRequest.id, options.id), ne(joinRequest.status, 'unconfirmed')))
		.returning({ id: joinRequest.id, name: joinRequest.name, email: joinRequest.email });
	if (!row) throw new JoinRequestNotFoundError();
	await recordAudit({
		actor: options.actor,
		action: 'join.notes_update',
		targetType: 'join_request',
		targetId: row.id,
		targetLabel: personLabel(row.name, row.email),
		ip: options.ip
	});
}
