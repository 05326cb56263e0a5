import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { can } from '../../auth/policy';
import { user } from '../../auth/schema';
import { toSessionUser } from '../../auth/session-user';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { oparlFollow } from '../schema';
import type { DueMeeting } from './due-meetings';

/**
 * Who gets a meeting's briefing: everyone following its body, or one of the Gremien meeting,
 * once each, as long as the account is active and its role still follows councils (a member
 * who became "interessiert" keeps the follow row but gets no mail).
 */
export async function meetingRecipients(
	meeting: Pick<DueMeeting, 'bodyId' | 'organizationIds'>
): Promise<SessionUser[]> {
	const organizations =
		meeting.organizationIds.length > 0
			? sql`${oparlFollow.organizationId} = ANY(ARRAY[${sql.join(
					meeting.organizationIds.map((id) => sql`${id}::uuid`),
					sql`, `
				)}])`
			: sql`false`;
	const rows = await db
		.selectDistinctOn([user.id], { user })
		.from(oparlFollow)
		.innerJoin(user, eq(user.id, oparlFollow.userId))
		.where(
			and(
				eq(oparlFollow.bodyId, meeting.bodyId),
				or(isNull(oparlFollow.organizationId), organizations),
				isNull(user.deactivatedAt)
			)
		)
		.orderBy(user.id);
	return rows
		.map((row) => toSessionUser(row.user))
		.filter((recipient) => can(recipient, 'oparl.follow'));
}
