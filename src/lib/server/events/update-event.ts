import { eq, sql } from 'drizzle-orm';
import { eventFields, type EventInput } from '$lib/shared/event-forms';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { eventColumns } from './create-event';
import { EventError } from './errors';
import { indexEvent } from './index-event';
import { lockedEvent } from './locked-event';
import { promoteWaitlist } from './promote-waitlist';
import { event, eventRegistration } from './schema';
import { sendEventMails } from './send-event-mails';

/**
 * Changes an event (organizers only). Calendars pick the change up by the raised SEQUENCE; a new
 * start time makes the day-before reminder go out again; more seats (or no limit) move waiting
 * people up at once, who get a mail. Fewer seats than people registered keeps everyone who has a
 * seat: nobody loses one they were promised; new registrations wait.
 */
export async function updateEvent(options: {
	actor: SessionUser | null;
	eventId: string;
	input: EventInput;
	ip?: string | null;
	now?: Date;
}): Promise<{ promotedUserIds: string[] }> {
	assertCan(options.actor, 'events.manage');
	const actor = options.actor;
	const fields = eventFields.parse(options.input);
	const outcome = await db.transaction(async (tx) => {
		const before = await lockedEvent(tx, options.eventId);
		if (before.status === 'cancelled') throw new EventError('cancelled');
		const moved = before.startsAt.getTime() !== fields.startsAt.getTime();
		const [after] = await tx
			.update(event)
			.set({
				...eventColumns(fields),
				sequence: sql`${event.sequence} + 1`,
				modifiedAt: new Date(),
				...(moved ? { remindersSentAt: null } : {})
			})
			.where(eq(event.id, before.id))
			.returning();
		if (moved) {
			await tx
				.update(eventRegistration)
				.set({ reminderSentAt: null })
				.where(eq(eventRegistration.eventId, before.id));
		}
		return { before, after: after!, promoted: await promoteWaitlist(tx, after!, options.now) };
	});
	await recordAudit({
		actor,
		action: 'event.update',
		targetType: 'event',
		targetId: outcome.after.id,
		targetLabel: outcome.after.title,
		details: {
			changed: changedFields(outcome.before, outcome.after),
			promoted: outcome.promoted.length
		},
		ip: options.ip
	});
	await indexEvent(outcome.after.id);
	await sendEventMails('promoted', outcome.after, outcome.promoted);
	return { promotedUserIds: outcome.promoted };
}

const AUDITED = [
	'title',
	'kind',
	'organizer',
	'organizerName',
	'summary',
	'description',
	'startsAt',
	'endsAt',
	'location',
	'onlineUrl',
	'visibility',
	'capacity',
	'registrationEnabled',
	'registrationClosesAt'
] as const;

/** Names of the fields that changed, so the audit log says what happened without copying text. */
function changedFields(
	before: typeof event.$inferSelect,
	after: typeof event.$inferSelect
): string[] {
	return AUDITED.filter((key) => {
		const [a, b] = [before[key], after[key]];
		return a instanceof Date && b instanceof Date ? a.getTime() !== b.getTime() : a !== b;
	});
}
