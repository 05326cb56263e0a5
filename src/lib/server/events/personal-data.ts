import { asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { event, eventRegistration } from './schema';

export interface EventRegistrationData {
	eventId: string;
	eventTitle: string;
	startsAt: Date;
	status: string;
	note: string;
	registeredAt: Date;
	promotedAt: Date | null;
	cancelledAt: Date | null;
	reminderSentAt: Date | null;
}

/** The person's registrations (also cancelled and waiting ones), for the data download. */
export async function exportEventRegistrations(userId: string): Promise<EventRegistrationData[]> {
	return db
		.select({
			eventId: event.id,
			eventTitle: event.title,
			startsAt: event.startsAt,
			status: eventRegistration.status,
			note: eventRegistration.note,
			registeredAt: eventRegistration.queuedAt,
			promotedAt: eventRegistration.promotedAt,
			cancelledAt: eventRegistration.cancelledAt,
			reminderSentAt: eventRegistration.reminderSentAt
		})
		.from(eventRegistration)
		.innerJoin(event, eq(event.id, eventRegistration.eventId))
		.where(eq(eventRegistration.userId, userId))
		.orderBy(asc(event.startsAt), asc(event.id));
}
