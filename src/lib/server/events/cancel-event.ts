import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { EventError } from './errors';
import { indexEvent } from './index-event';
import { lockedEvent } from './locked-event';
import { event, eventRegistration } from './schema';
import { sendEventMails } from './send-event-mails';

/**
 * Calls an event off (organizers only). It stays visible, marked as cancelled, so people who
 * planned to come find out; everyone registered or waiting gets a mail. Registrations are kept
 * as they were (the attendee list still shows who had signed up).
 */
export async function cancelEvent(options: {
	actor: SessionUser | null;
	eventId: string;
	ip?: string | null;
}): Promise<{ notified: number }> {
	assertCan(options.actor, 'events.manage');
	const actor = options.actor;
	const outcome = await db.transaction(async (tx) => {
		const before = await lockedEvent(tx, options.eventId);
		if (before.status === 'cancelled') throw new EventError('cancelled');
		const [after] = await tx
			.update(event)
			.set({ status: 'cancelled', sequence: sql`${event.sequence} + 1`, modifiedAt: new Date() })
			.where(eq(event.id, before.id))
			.returning();
		const people = await tx
			.select({ userId: eventRegistration.userId })
			.from(eventRegistration)
			.where(
				and(
					eq(eventRegistration.eventId, before.id),
					inArray(eventRegistration.status, ['registered', 'waitlisted'])
				)
			);
		return { row: after!, userIds: people.map((entry) => entry.userId) };
	});
	await recordAudit({
		actor,
		action: 'event.cancel',
		targetType: 'event',
		targetId: outcome.row.id,
		targetLabel: outcome.row.title,
		details: { notified: outcome.userIds.length },
		ip: options.ip
	});
	await indexEvent(outcome.row.id);
	await sendEventMails('cancelled', outcome.row, outcome.userIds);
	return { notified: outcome.userIds.length };
}
