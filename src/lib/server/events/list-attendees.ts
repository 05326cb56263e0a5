import { asc, eq, sql } from 'drizzle-orm';
import type { RegistrationStatus } from '$lib/shared/events';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { EventError } from './errors';
import { isUuid } from '../directory/is-uuid';
import { event, eventRegistration } from './schema';

export interface Attendee {
	userId: string;
	name: string;
	email: string;
	status: RegistrationStatus;
	note: string;
	/** Registration (or re-registration) time; for the waitlist also its order. */
	queuedAt: Date;
	promotedAt: Date | null;
	cancelledAt: Date | null;
}

/**
 * Who registered, waits or cancelled, for the organizers only: seat holders first, then the
 * waitlist in its order, then cancellations. Names and addresses are personal data of
 * interested people too, which is why nobody else gets this list.
 */
export async function listAttendees(options: { actor: SessionUser | null; eventId: string }) {
	assertCan(options.actor, 'events.manage');
	if (!isUuid(options.eventId)) throw new EventError('not_found');
	const [row] = await db.select().from(event).where(eq(event.id, options.eventId));
	if (!row) throw new EventError('not_found');
	const attendees: Attendee[] = await db
		.select({
			userId: eventRegistration.userId,
			name: user.name,
			email: user.email,
			status: eventRegistration.status,
			note: eventRegistration.note,
			queuedAt: eventRegistration.queuedAt,
			promotedAt: eventRegistration.promotedAt,
			cancelledAt: eventRegistration.cancelledAt
		})
		.from(eventRegistration)
		.innerJoin(user, eq(user.id, eventRegistration.userId))
		.where(eq(eventRegistration.eventId, row.id))
		.orderBy(
			sql`case ${eventRegistration.status} when 'registered' then 0 when 'waitlisted' then 1 else 2 end`,
			asc(eventRegistration.queuedAt),
			asc(eventRegistration.id)
		);
	return { event: row, attendees };
}
