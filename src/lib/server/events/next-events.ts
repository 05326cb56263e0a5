import { and, asc, eq, gt } from 'drizzle-orm';
import type { EventKind, EventOrganizer } from '$lib/shared/events';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { event } from './schema';
import { eventReadCondition } from './visibility';

export interface NextEvent {
	id: string;
	title: string;
	kind: EventKind;
	organizer: EventOrganizer;
	organizerName: string | null;
	startsAt: Date;
	endsAt: Date;
	location: string;
	online: boolean;
	visibility: 'public' | 'members';
}

/**
 * The next events for the start page: what is still ahead or running, soonest first, as this
 * visitor may see them (members also get the members-only ones). Cancelled events are left out
 * here (the calendar still shows them, marked): a teaser should name what actually takes place.
 */
export async function nextEvents(
	user: SessionUser | null,
	limit = 3,
	now: Date = new Date()
): Promise<NextEvent[]> {
	const rows = await db
		.select({
			id: event.id,
			title: event.title,
			kind: event.kind,
			organizer: event.organizer,
			organizerName: event.organizerName,
			startsAt: event.startsAt,
			endsAt: event.endsAt,
			location: event.location,
			onlineUrl: event.onlineUrl,
			visibility: event.visibility
		})
		.from(event)
		.where(and(eventReadCondition(user), eq(event.status, 'scheduled'), gt(event.endsAt, now)))
		.orderBy(asc(event.startsAt), asc(event.id))
		.limit(limit);
	// The link itself never leaves the server here; the card only says "online".
	return rows.map(({ onlineUrl, ...row }) => ({
		...row,
		online: row.kind === 'online' || onlineUrl !== null
	}));
}
