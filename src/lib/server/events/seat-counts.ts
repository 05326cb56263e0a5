import { and, count, inArray } from 'drizzle-orm';
import { db } from '../db';
import { eventRegistration } from './schema';

export interface SeatCounts {
	registered: number;
	waitlisted: number;
}

/** Seats taken and people waiting, per event (events without registrations are absent). */
export async function seatCounts(eventIds: readonly string[]): Promise<Map<string, SeatCounts>> {
	const counts = new Map<string, SeatCounts>();
	if (eventIds.length === 0) return counts;
	const rows = await db
		.select({
			eventId: eventRegistration.eventId,
			status: eventRegistration.status,
			n: count()
		})
		.from(eventRegistration)
		.where(
			and(
				inArray(eventRegistration.eventId, [...eventIds]),
				inArray(eventRegistration.status, ['registered', 'waitlisted'])
			)
		)
		.groupBy(eventRegistration.eventId, eventRegistration.status);
	for (const row of rows) {
		const entry = counts.get(row.eventId) ?? { registered: 0, waitlisted: 0 };
		if (row.status === 'registered') entry.registered = row.n;
		if (row.status === 'waitlisted') entry.waitlisted = row.n;
		counts.set(row.eventId, entry);
	}
	return counts;
}

export function seatsLeft(capacity: number | null, counts: SeatCounts | undefined): number | null {
	return capacity === null ? null : Math.max(0, capacity - (counts?.registered ?? 0));
}
