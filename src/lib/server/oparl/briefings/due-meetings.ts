import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { berlinToday } from '$lib/shared/berlin-time';
import { BRIEFING_DAYS_BEFORE } from '$lib/shared/oparl';
import { db } from '../../db';
import { oparlBody, oparlMeeting, oparlObject } from '../schema';

export interface DueMeeting {
	id: string;
	bodyId: string;
	bodyName: string;
	name: string;
	start: Date;
	locationText: string | null;
	organizationIds: string[];
}

/**
 * Meetings whose briefing is due: held within the next BRIEFING_DAYS_BEFORE calendar days in
 * German time (tomorrow up to that day), not cancelled, of a body the board follows. A meeting
 * imported late, or a run that did not happen, is briefed on the next run rather than never;
 * `oparl_briefing` keeps each person from getting a meeting twice.
 */
export async function dueMeetings(now: Date = new Date()): Promise<DueMeeting[]> {
	const today = berlinToday(now);
	const berlinDay = sql`(${oparlMeeting.start} AT TIME ZONE 'Europe/Berlin')::date`;
	return db
		.select({
			id: oparlMeeting.objectId,
			bodyId: oparlMeeting.bodyId,
			bodyName: oparlBody.name,
			name: oparlMeeting.name,
			start: sql<Date>`${oparlMeeting.start}`.mapWith(oparlMeeting.start),
			locationText: oparlMeeting.locationText,
			organizationIds: oparlMeeting.organizationIds
		})
		.from(oparlMeeting)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlMeeting.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlMeeting.bodyId))
		.where(
			and(
				// A generous range on the indexed column first, then the exact calendar days.
				gte(oparlMeeting.start, new Date(now.getTime() - 86_400_000)),
				lt(oparlMeeting.start, new Date(now.getTime() + (BRIEFING_DAYS_BEFORE + 2) * 86_400_000)),
				sql`${berlinDay} > ${today}::date`,
				sql`${berlinDay} <= ${today}::date + ${BRIEFING_DAYS_BEFORE}::int`,
				eq(oparlMeeting.cancelled, false),
				eq(oparlObject.deleted, false),
				eq(oparlObject.placeholder, false),
				eq(oparlBody.followed, true)
			)
		)
		.orderBy(asc(oparlMeeting.start));
}
