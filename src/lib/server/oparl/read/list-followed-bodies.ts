import { and, asc, count, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { db } from '../../db';
import {
	oparlBody,
	oparlMeeting,
	oparlObject,
	oparlOrganization,
	oparlPaper,
	oparlSource
} from '../schema';
import { shownCondition } from './shown';

export interface FollowedBodySummary {
	id: string;
	name: string;
	shortName: string | null;
	sourceName: string;
	lastSyncAt: Date | null;
	papers: number;
	meetings: number;
	organizations: number;
	/** The next meetings not cancelled, soonest first. */
	nextMeetings: { id: string; name: string; start: Date }[];
}

const NEXT_MEETINGS = 3;

/**
 * `/ratsinfo`: every body the board follows, with how much of it is imported and what meets
 * next. Counts are of what the pages show (no tombstones, no placeholders).
 */
export async function listFollowedBodies(now: Date = new Date()): Promise<FollowedBodySummary[]> {
	const bodies = await db
		.select({
			id: oparlBody.objectId,
			name: oparlBody.name,
			shortName: oparlBody.shortName,
			sourceName: oparlSource.name,
			lastSyncAt: oparlSource.lastSuccessfulSyncAt
		})
		.from(oparlBody)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
		.innerJoin(oparlSource, eq(oparlSource.id, oparlBody.sourceId))
		.where(and(eq(oparlBody.followed, true), eq(oparlObject.deleted, false)))
		.orderBy(asc(oparlBody.name), asc(oparlBody.objectId));
	if (bodies.length === 0) return [];
	const ids = bodies.map((body) => body.id);

	const [papers, meetings, organizations, next] = await Promise.all([
		countsByBody(oparlPaper, ids),
		countsByBody(oparlMeeting, ids),
		countsByBody(oparlOrganization, ids),
		nextMeetingsOf(ids, now)
	]);
	return bodies.map((body) => ({
		...body,
		papers: papers.get(body.id) ?? 0,
		meetings: meetings.get(body.id) ?? 0,
		organizations: organizations.get(body.id) ?? 0,
		nextMeetings: next
			.filter((meeting) => meeting.bodyId === body.id)
			.map((meeting) => ({ id: meeting.id, name: meeting.name, start: meeting.start! }))
	}));
}

type BodyProjection = typeof oparlPaper | typeof oparlMeeting | typeof oparlOrganization;

async function countsByBody(table: BodyProjection, ids: string[]): Promise<Map<string, number>> {
	const rows = await db
		.select({ bodyId: table.bodyId, n: count() })
		.from(table)
		.innerJoin(oparlObject, eq(oparlObject.id, table.objectId))
		.where(
			and(
				inArray(table.bodyId, ids),
				eq(oparlObject.deleted, false),
				eq(oparlObject.placeholder, false)
			)
		)
		.groupBy(table.bodyId);
	return new Map(rows.map((row) => [row.bodyId, row.n]));
}

/** Per body its soonest few meetings: a window function keeps it one query for all bodies. */
async function nextMeetingsOf(ids: string[], now: Date) {
	const ranked = db
		.select({
			id: oparlMeeting.objectId,
			bodyId: oparlMeeting.bodyId,
			name: oparlMeeting.name,
			start: oparlMeeting.start,
			rank: sql<number>`row_number() over (partition by ${oparlMeeting.bodyId} order by ${oparlMeeting.start}, ${oparlMeeting.objectId})`.as(
				'rank'
			)
		})
		.from(oparlMeeting)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlMeeting.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlMeeting.bodyId))
		.where(
			and(
				shownCondition(),
				inArray(oparlMeeting.bodyId, ids),
				eq(oparlMeeting.cancelled, false),
				gte(oparlMeeting.start, now)
			)
		)
		.as('ranked');
	return db
		.select()
		.from(ranked)
		.where(lte(ranked.rank, NEXT_MEETINGS))
		.orderBy(asc(ranked.start), asc(ranked.id));
}
