import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { oparlBody, oparlMeeting, oparlObject, oparlOrganization } from '../schema';

export interface FollowableBody {
	id: string;
	name: string;
	/** The Gremien that hold meetings, which one can follow on their own. */
	organizations: { id: string; name: string }[];
}

/**
 * An imported body people may follow: one the board follows (its data is synced and shown).
 * Null for anything else, so a follow never points at a council nobody imports.
 */
export async function followableBody(bodyId: string): Promise<FollowableBody | null> {
	if (!isUuid(bodyId)) return null;
	const [body] = await db
		.select({ id: oparlBody.objectId, name: oparlBody.name })
		.from(oparlBody)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
		.where(
			and(
				eq(oparlBody.objectId, bodyId),
				eq(oparlBody.followed, true),
				eq(oparlObject.deleted, false)
			)
		);
	if (!body) return null;
	const organizations = await db
		.select({ id: oparlOrganization.objectId, name: oparlOrganization.name })
		.from(oparlOrganization)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlOrganization.objectId))
		.where(
			and(
				eq(oparlOrganization.bodyId, bodyId),
				eq(oparlObject.deleted, false),
				sql`${oparlOrganization.objectId} IN (SELECT unnest(${oparlMeeting.organizationIds}) FROM ${oparlMeeting} WHERE ${oparlMeeting.bodyId} = ${bodyId}::uuid)`
			)
		)
		.orderBy(asc(oparlOrganization.name));
	return { ...body, organizations };
}
