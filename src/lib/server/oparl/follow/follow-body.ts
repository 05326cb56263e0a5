import { and, eq, isNull } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { oparlFollow } from '../schema';
import { BODY_NOT_FOUND, FollowError } from './follow-error';
import { followableBody } from './followable-body';

export interface FollowTarget {
	actor: SessionUser | null;
	bodyId: string;
	/** A Gremium of the body; absent or null follows every meeting of the body. */
	organizationId?: string | null;
}

/** Follow an imported council (or one of its Gremien): a briefing before each of its meetings. */
export async function followBody(options: FollowTarget): Promise<void> {
	assertCan(options.actor, 'oparl.follow');
	const body = await followableBody(options.bodyId);
	if (!body) throw new FollowError('body_not_found', BODY_NOT_FOUND);
	const organizationId = options.organizationId ?? null;
	if (organizationId && !body.organizations.some((org) => org.id === organizationId))
		throw new FollowError(
			'organization_not_found',
			'Dieses Gremium gehört nicht zu der Vertretung.'
		);
	// Following twice is following once (the unique indexes decide, also for two quick clicks).
	await db
		.insert(oparlFollow)
		.values({ userId: options.actor.id, bodyId: body.id, organizationId })
		.onConflictDoNothing();
}

/**
 * Stop following: the body's own follow (organizationId null), one Gremium, or with
 * `everything` all follows of the body at once (the unfollow link in a briefing).
 */
export async function unfollowBody(
	options: FollowTarget & { everything?: boolean }
): Promise<void> {
	assertCan(options.actor, 'oparl.follow');
	await removeFollows(options.actor.id, options.bodyId, options);
}

/** Also for the signed unfollow link, which acts for a person who is not signed in. */
export async function removeFollows(
	userId: string,
	bodyId: string,
	options: { organizationId?: string | null; everything?: boolean } = {}
): Promise<number> {
	if (!isUuid(bodyId) || (options.organizationId && !isUuid(options.organizationId))) return 0;
	const scope = options.everything
		? undefined
		: options.organizationId
			? eq(oparlFollow.organizationId, options.organizationId)
			: isNull(oparlFollow.organizationId);
	const removed = await db
		.delete(oparlFollow)
		.where(and(eq(oparlFollow.userId, userId), eq(oparlFollow.bodyId, bodyId), scope))
		.returning({ id: oparlFollow.id });
	return removed.length;
}
