import { asc, eq } from 'drizzle-orm';
import { db } from '../../db';
import { oparlBody, oparlBriefing, oparlFollow, oparlMeeting, oparlOrganization } from '../schema';

export interface CouncilFollowData {
	/** Councils and Gremien the person follows, and since when. */
	follows: { council: string; gremium: string | null; since: Date }[];
	/** Meetings a briefing went out for (the mails themselves are in the export's `mails`). */
	briefings: { meeting: string; council: string; sentAt: Date }[];
}

export async function exportCouncilFollows(userId: string): Promise<CouncilFollowData> {
	const follows = await db
		.select({
			council: oparlBody.name,
			gremium: oparlOrganization.name,
			since: oparlFollow.createdAt
		})
		.from(oparlFollow)
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlFollow.bodyId))
		.leftJoin(oparlOrganization, eq(oparlOrganization.objectId, oparlFollow.organizationId))
		.where(eq(oparlFollow.userId, userId))
		.orderBy(asc(oparlFollow.createdAt));
	const briefings = await db
		.select({ meeting: oparlMeeting.name, council: oparlBody.name, sentAt: oparlBriefing.sentAt })
		.from(oparlBriefing)
		.innerJoin(oparlMeeting, eq(oparlMeeting.objectId, oparlBriefing.meetingId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlMeeting.bodyId))
		.where(eq(oparlBriefing.userId, userId))
		.orderBy(asc(oparlBriefing.sentAt));
	return { follows, briefings };
}
