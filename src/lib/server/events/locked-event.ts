import { eq } from 'drizzle-orm';
import type { Transaction } from '../db';
import { isUuid } from '../directory/is-uuid';
import { EventError } from './errors';
import { event } from './schema';

export type EventRow = typeof event.$inferSelect;

/**
 * Inside a transaction: the event's row, locked until commit. Every change to who holds a seat
 * takes this lock first, so two people asking for the last seat at once queue up here and the
 * second one counts the first one's seat (READ COMMITTED re-reads after the lock is granted).
 */
export async function lockedEvent(tx: Transaction, eventId: string): Promise<EventRow> {
	if (!isUuid(eventId)) throw new EventError('not_found');
	const [row] = await tx.select().from(event).where(eq(event.id, eventId)).for('update');
	if (!row) throw new EventError('not_found');
	return row;
}
