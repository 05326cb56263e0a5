import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { FollowedCouncil, FollowState } from '$lib/shared/oparl-follow';
import { can } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { oparlBody, oparlFollow, oparlMeeting, oparlObject, oparlOrganization } from '../schema';

/**
 * What the actor follows of one body, for the follow button; null when the actor cannot follow
 * (not signed in, or a role without briefings): the page then offers to sign in or nothing.
 */
export async function followState(
	actor: SessionUser | null,
	bodyId: string
): Promise<FollowState | null> {
	if (!actor || !can(actor, 'oparl.follow')) return null;
	if (!isUuid(bodyId)) return { followsBody: false, organizationIds: [] };
	const rows = await db
		.select({ organizationId: oparlFollow.organizationId })
		.from(oparlFollow)
		.where(and(eq(oparlFollow.userId, actor.id), eq(oparlFollow.bodyId, bodyId)));
	return {
		followsBody: rows.some((row) => row.organizationId === null),
		organizationIds: rows.flatMap((row) => (row.organizationId ? [row.organizationId] : []))
	};
}

/**
 * The actor's followed councils ("Gefolgte Räte" on the account page), each with the Gremien
 * followed on their own and the next meeting a briefing will be about. Councils the board no
 * longer imports are left out (their follows wait until it does again).
 */
export async function listFollows(actor: SessionUser | null): Promise<FollowedCouncil[]> {
	if (!actor || !can(actor, 'oparl.follow')) return [];
	const rows = await db
		.select({
			bodyId: oparlFollow.bodyId,
			bodyName: oparlBody.name,
			organizationId: oparlFollow.organizationId,
			organizationName: oparlOrganization.name
		})
		.from(oparlFollow)
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlFollow.bodyId))
		.leftJoin(oparlOrganization, eq(oparlOrganization.objectId, oparlFollow.organizationId))
		.where(and(eq(oparlFollow.userId, actor.id), eq(oparlBody.followed, true)))
		.orderBy(asc(oparlBody.name), asc(oparlOrganization.name));
	const councils = new Map<string, FollowedCouncil>();
	for (const row of rows) {
		let council = councils.get(row.bodyId);
		if (!council) {
			council = {
				bodyId: row.bodyId,
				bodyName: row.bodyName,
				followsBody: false,
				organizations: [],
				nextMeeting: null
			};
			councils.set(row.bodyId, council);
		}
		if (row.organizationId === null) council.followsBody = true;
		else council.organizations.push({ id: row.organizationId, name: row.organizationName ?? '' });
	}
	await addNextMeetings([...councils.values()]);
	return [...councils.values()];
}

async function addNextMeetings(councils: FollowedCouncil[]): Promise<void> {
	if (councils.length === 0) return;
	const upcoming = await db
		.select({
			id: oparlMeeting.objectId,
			bodyId: oparlMeeting.bodyId,
			name: oparlMeeting.name,
			start: oparlMeeting.start,
			organizationIds: oparlMeeting.organizationIds
		})
		.from(oparlMeeting)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlMeeting.objectId))
		.where(
			and(
				inArray(
					oparlMeeting.bodyId,
					councils.map((council) => council.bodyId)
				),
				gt(oparlMeeting.start, sql`now()`),
				eq(oparlMeeting.cancelled, false),
				eq(oparlObject.deleted, false)
			)
		)
		.orderBy(asc(oparlMeeting.start))
		.limit(200);
	for (const council of councils) {
		const followed = new Set(council.organizations.map((org) => org.id));
		const next = upcoming.find(
			(meeting) =>
				meeting.bodyId === council.bodyId &&
				(council.followsBody || meeting.organizationIds.some((id) => followed.has(id)))
		);
		if (next?.start)
			council.nextMeeting = { id: next.id, name: next.name, start: next.start.toISOString() };
	}
}
