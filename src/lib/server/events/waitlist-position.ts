import { and, count, eq, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db, type Database, type Transaction } from '../db';
import { eventRegistration } from './schema';

/**
 * A waiting person's place in line (1 = next to move up), or null when not waiting. Same order as
 * the promotion: earliest `queuedAt` first, ties by id.
 */
export async function waitlistPosition(
	eventId: string,
	userId: string,
	executor: Database | Transaction = db
): Promise<number | null> {
	const own = alias(eventRegistration, 'own');
	const [row] = await executor
		.select({ ahead: count(eventRegistration.id) })
		.from(own)
		.leftJoin(
			eventRegistration,
			and(
				eq(eventRegistration.eventId, own.eventId),
				eq(eventRegistration.status, 'waitlisted'),
				or(
					lt(eventRegistration.queuedAt, own.queuedAt),
					and(eq(eventRegistration.queuedAt, own.queuedAt), lt(eventRegistration.id, own.id))
				)
			)
		)
		.where(and(eq(own.eventId, eventId), eq(own.userId, userId), eq(own.status, 'waitlisted')))
		.groupBy(own.id);
	return row ? row.ahead + 1 : null;
}
