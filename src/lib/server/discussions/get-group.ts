import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { DiscussionNotFoundError } from './errors';
import { topicGroup, topicGroupMember, type NotificationSetting } from './schema';

export interface GroupDetail {
	id: string;
	slug: string;
	name: string;
	description: string | null;
	topicId: string | null;
	topicName: string | null;
	archived: boolean;
	memberCount: number;
	myNotification: NotificationSetting | null;
}

/** One topic group by its address, as every member may see it. */
export async function getGroup(options: {
	actor: SessionUser | null;
	slug: string;
}): Promise<GroupDetail> {
	const actor = options.actor;
	assertCan(actor, 'network.read');
	const [row] = await db
		.select({
			id: topicGroup.id,
			slug: topicGroup.slug,
			name: topicGroup.name,
			description: topicGroup.description,
			topicId: topicGroup.topicId,
			topicName: topic.name,
			archivedAt: topicGroup.archivedAt,
			memberCount: sql<number>`(select count(*)::int from ${topicGroupMember} where ${topicGroupMember.groupId} = ${topicGroup.id})`,
			myNotification: topicGroupMember.notification
		})
		.from(topicGroup)
		.leftJoin(topic, eq(topic.id, topicGroup.topicId))
		.leftJoin(
			topicGroupMember,
			and(eq(topicGroupMember.groupId, topicGroup.id), eq(topicGroupMember.userId, actor.id))
		)
		.where(eq(topicGroup.slug, options.slug));
	if (!row) throw new DiscussionNotFoundError();
	const { archivedAt, ...group } = row;
	return { ...group, archived: archivedAt !== null, memberCount: Number(group.memberCount) };
}
