import { and, asc, count, desc, eq, gt, lte, type SQL } from 'drizzle-orm';
import type { EventKind, EventOrganizer, RegistrationStatus } from '$lib/shared/events';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { event, eventRegistration } from './schema';
import { seatCounts, seatsLeft } from './seat-counts';
import { eventReadCondition } from './visibility';

export const EVENTS_PAGE_SIZE = 20;

export interface EventListFilters {
	kind?: EventKind | null;
	organizer?: EventOrganizer | null;
	/** Upcoming (and running) events soonest first, or past ones latest first. */
	when: 'upcoming' | 'past';
	page?: number;
}

export interface EventListItem {
	id: string;
	title: string;
	kind: EventKind;
	organizer: EventOrganizer;
	organizerName: string | null;
	summary: string;
	startsAt: Date;
	endsAt: Date;
	location: string;
	online: boolean;
	visibility: 'public' | 'members';
	status: 'scheduled' | 'cancelled';
	capacity: number | null;
	seatsLeft: number | null;
	waitlisted: number;
	/** The visitor's own registration, if any. */
	ownStatus: RegistrationStatus | null;
}

/** A page of the events this visitor may see, with seats left and their own registration. */
export async function listEvents(
	user: SessionUser | null,
	filters: EventListFilters,
	now: Date = new Date()
): Promise<{ items: EventListItem[]; total: number; page: number; pageSize: number }> {
	const conditions: SQL[] = [eventReadCondition(user)];
	conditions.push(filters.when === 'upcoming' ? gt(event.endsAt, now) : lte(event.endsAt, now));
	if (filters.kind) conditions.push(eq(event.kind, filters.kind));
	if (filters.organizer) conditions.push(eq(event.organizer, filters.organizer));
	const where = and(...conditions);
	const page = Math.max(1, filters.page ?? 1);

	const [totalRow] = await db.select({ n: count() }).from(event).where(where);
	const rows = await db
		.select()
		.from(event)
		.where(where)
		.orderBy(
			filters.when === 'upcoming' ? asc(event.startsAt) : desc(event.startsAt),
			asc(event.id)
		)
		.limit(EVENTS_PAGE_SIZE)
		.offset((page - 1) * EVENTS_PAGE_SIZE);

	const ids = rows.map((row) => row.id);
	const counts = await seatCounts(ids);
	const own = new Map<string, RegistrationStatus>();
	if (user && ids.length > 0) {
		const mine = await db
			.select({ eventId: eventRegistration.eventId, status: eventRegistration.status })
			.from(eventRegistration)
			.where(eq(eventRegistration.userId, user.id));
		for (const entry of mine) own.set(entry.eventId, entry.status);
	}
	return {
		items: rows.map((row) => ({
			id: row.id,
			title: row.title,
			kind: row.kind,
			organizer: row.organizer,
			organizerName: row.organizerName,
			summary: row.summary,
			startsAt: row.startsAt,
			endsAt: row.endsAt,
			location: row.location,
			online: row.onlineUrl !== null || row.kind === 'online',
			visibility: row.visibility,
			status: row.status,
			capacity: row.capacity,
			seatsLeft: seatsLeft(row.capacity, counts.get(row.id)),
			waitlisted: counts.get(row.id)?.waitlisted ?? 0,
			ownStatus: own.get(row.id) === 'cancelled' ? null : (own.get(row.id) ?? null)
		})),
		total: totalRow?.n ?? 0,
		page,
		pageSize: EVENTS_PAGE_SIZE
	};
}
