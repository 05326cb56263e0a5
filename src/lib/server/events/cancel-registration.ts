import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { EventError } from './errors';
import { lockedEvent } from './locked-event';
import { promoteWaitlist } from './promote-waitlist';
import { eventRegistration } from './schema';
import { sendEventMails } from './send-event-mails';
import { canSeeEvent } from './visibility';

/**
 * Gives up a seat or a waitlist place: the actor's own, or (organizers) someone else's. A freed
 * seat goes at once, in the same transaction, to the earliest waiting person, who gets a mail
 * after commit. Returns who moved up.
 */
export async function cancelRegistration(options: {
	actor: SessionUser | null;
	eventId: string;
	/** Someone else's registration: organizers only (`events.manage`). */
	userId?: string;
	ip?: string | null;
	now?: Date;
}): Promise<{ promotedUserIds: string[] }> {
	const onBehalf = options.userId !== undefined && options.userId !== options.actor?.id;
	assertCan(options.actor, onBehalf ? 'events.manage' : 'events.register');
	const actor = options.actor;
	const userId = options.userId ?? actor.id;
	const now = options.now ?? new Date();

	const outcome = await db.transaction(async (tx) => {
		const row = await lockedEvent(tx, options.eventId);
		if (!canSeeEvent(actor, row)) throw new EventError('not_found');
		const [cancelled] = await tx
			.update(eventRegistration)
			.set({ status: 'cancelled', cancelledAt: now })
			.where(
				and(
					eq(eventRegistration.eventId, row.id),
					eq(eventRegistration.userId, userId),
					eq(eventRegistration.status, 'registered')
				)
			)
			.returning({ id: eventRegistration.id });
		if (!cancelled) {
			// A waiting person leaving frees no seat; nobody moves up.
			const [left] = await tx
				.update(eventRegistration)
				.set({ status: 'cancelled', cancelledAt: now })
				.where(
					and(
						eq(eventRegistration.eventId, row.id),
						eq(eventRegistration.userId, userId),
						eq(eventRegistration.status, 'waitlisted')
					)
				)
				.returning({ id: eventRegistration.id });
			if (!left) throw new EventError('not_registered');
			return { row, promoted: [] as string[] };
		}
		return { row, promoted: await promoteWaitlist(tx, row, now) };
	});

	if (onBehalf) {
		await recordAudit({
			actor,
			action: 'event.registration_cancel',
			targetType: 'event',
			targetId: outcome.row.id,
			targetLabel: outcome.row.title,
			details: { userId },
			ip: options.ip
		});
	}
	await sendEventMails('promoted', outcome.row, outcome.promoted);
	return { promotedUserIds: outcome.promoted };
}
