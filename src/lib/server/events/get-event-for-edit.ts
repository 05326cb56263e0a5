import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { event } from './schema';

/** The stored event with every field (online link too), for the organizers' forms; or null. */
export async function getEventForEdit(actor: SessionUser | null, eventId: string) {
	assertCan(actor, 'events.manage');
	if (!isUuid(eventId)) return null;
	const [row] = await db.select().from(event).where(eq(event.id, eventId));
	return row ?? null;
}
