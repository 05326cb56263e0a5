import { and, asc, count, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { oparlBody, oparlMeeting, oparlObject } from '../schema';
import { namesOf, organizationNames } from './organization-names';
import { shownCondition } from './shown';

export const MEETINGS_PAGE_SIZE = 25;

export interface CouncilMeetingListItem {
	id: string;
	name: string;
	start: Date;
	end: Date | null;
	cancelled: boolean;
	meetingState: string | null;
	locationText: string | null;
	organizations: string[];
}

export interface CouncilMeetingFilters {
	bodyId: string;
	/** Upcoming (and running) meetings soonest first, or past ones latest first. */
	when: 'upcoming' | 'past';
	/** Only this Gremium's meetings. */
	organizationId?: string | null;
	page?: number;
}

/**
 * A page of a followed body's meetings for its calendar list. Meetings without a start are left
 * out: a calendar cannot place them (they stay reachable from their papers and the search).
 */
export async function listCouncilMeetings(
	filters: CouncilMeetingFilters,
	now: Date = new Date()
): Promise<{ items: CouncilMeetingListItem[]; total: number; page: number; pageSize: number }> {
	// A meeting counts as upcoming until it ends (or, without an end, for a few hours after it
	// began): tonight's session stays at the top while it runs.
	const endsAt = sql`coalesce(${oparlMeeting.end}, ${oparlMeeting.start} + interval '4 hours')`;
	const conditions: SQL[] = [
		shownCondition(),
		eq(oparlMeeting.bodyId, filters.bodyId),
		isNotNull(oparlMeeting.start),
		filters.when === 'upcoming' ? gte(endsAt, now) : lt(endsAt, now)
	];
	if (filters.organizationId)
		conditions.push(sql`${filters.organizationId}::uuid = any(${oparlMeeting.organizationIds})`);
	const where = and(...conditions);
	const page = Math.max(1, filters.page ?? 1);
	const [totalRow] = await db
		.select({ n: count() })
		.from(oparlMeeting)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlMeeting.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlMeeting.bodyId))
		.where(where);
	const rows = await db
		.select({ meeting: oparlMeeting })
		.from(oparlMeeting)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlMeeting.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlMeeting.bodyId))
		.where(where)
		.orderBy(
			filters.when === 'upcoming' ? asc(oparlMeeting.start) : desc(oparlMeeting.start),
			asc(oparlMeeting.objectId)
		)
		.limit(MEETINGS_PAGE_SIZE)
		.offset((page - 1) * MEETINGS_PAGE_SIZE);
	const names = await organizationNames(rows.flatMap((row) => row.meeting.organizationIds));
	return {
		items: rows.map(({ meeting }) => ({
			id: meeting.objectId,
			name: meeting.name,
			start: meeting.start!,
			end: meeting.end,
			cancelled: meeting.cancelled,
			meetingState: meeting.meetingState,
			locationText: meeting.locationText,
			organizations: namesOf(names, meeting.organizationIds)
		})),
		total: totalRow?.n ?? 0,
		page,
		pageSize: MEETINGS_PAGE_SIZE
	};
}
