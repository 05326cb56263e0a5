import { and, asc, count, eq } from 'drizzle-orm';
import type { Transaction } from '../db';
import { eventRegistration } from './schema';
import type { EventRow } from './locked-event';

/**
 * Inside a transaction holding the event's lock: moves the earliest waiting people up into the
 * free seats and returns their user ids (to mail them after commit). Nobody moves up once the
 * event began or was cancelled: a seat then is no use to anyone.
 */
export async function promoteWaitlist(
	tx: Transaction,
	row: EventRow,
	now: Date = new Date()
): Promise<string[]> {
	if (row.status === 'cancelled' || row.startsAt <= now) return [];
	let free: number | undefined;
	if (row.capacity !== null) {
		const [seated] = await tx
			.select({ n: count() })
			.from(eventRegistration)
			.where(
				and(eq(eventRegistration.eventId, row.id), eq(eventRegistration.status, 'registered'))
			);
		free = row.capacity - (seated?.n ?? 0);
		if (free <= 0) return [];
	}
	const waiting = tx
		.select({ id: eventRegistration.id, userId: eventRegistration.userId })
		.from(eventRegistration)
		.where(and(eq(eventRegistration.eventId, row.id), eq(eventRegistration.status, 'waitlisted')))
		.orderBy(asc(eventRegistration.queuedAt), asc(eventRegistration.id));
	const chosen = free === undefined ? await waiting : await waiting.limit(free);
	for (const entry of chosen) {
		await tx
			.update(eventRegistration)
			.set({ status: 'registered', promotedAt: now })
			.where(eq(eventRegistration.id, entry.id));
	}
	return chosen.map((entry) => entry.userId);
}
