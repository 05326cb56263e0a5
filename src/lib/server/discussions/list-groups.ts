import { asc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { discussionThread, topicGroup, topicGroupMember, type NotificationSetting } from './schema';

export interface GroupSummary {
	id: string;
	slug: string;
	name: string;
	description: string | null;
	topicName: string | null;
	archived: boolean;
	memberCount: number;
	threadCount: number;
	lastPostAt: Date | null;
	/** The viewer's membership: their notification setting, or null when not a member. */
	myNotification: NotificationSetting | null;
}

/** Every topic group, open ones first and by name, with what the viewer needs to pick one. */
export async function listGroups(options: { actor: SessionUser | null }): Promise<GroupSummary[]> {
	const actor = options.actor;
	assertCan(actor, 'network.read');
	const members = db
		.select({
			groupId: topicGroupMember.groupId,
			count: sql<number>`count(*)::int`.as('member_count')
		})
		.from(topicGroupMember)
		.groupBy(topicGroupMember.groupId)
		.as('members');
	const threads = db
		.select({
			groupId: discussionThread.groupId,
			count: sql<number>`count(*)::int`.as('thread_count'),
			lastPostAt: sql<Date>`max(${discussionThread.lastPostAt})`.as('last_post_at')
		})
		.from(discussionThread)
		.groupBy(discussionThread.groupId)
		.as('threads');
	const mine = db
		.select({ groupId: topicGroupMember.groupId, notification: topicGroupMember.notification })
		.from(topicGroupMember)
		.where(eq(topicGroupMember.userId, actor.id))
		.as('mine');
	const rows = await db
		.select({
			id: topicGroup.id,
			slug: topicGroup.slug,
			name: topicGroup.name,
			description: topicGroup.description,
			topicName: topic.name,
			archivedAt: topicGroup.archivedAt,
			memberCount: members.count,
			threadCount: threads.count,
			lastPostAt: threads.lastPostAt,
			myNotification: mine.notification
		})
		.from(topicGroup)
		.leftJoin(topic, eq(topic.id, topicGroup.topicId))
		.leftJoin(members, eq(members.groupId, topicGroup.id))
		.leftJoin(threads, eq(threads.groupId, topicGroup.id))
		.leftJoin(mine, eq(mine.groupId, topicGroup.id))
		.orderBy(sql`${topicGroup.archivedAt} is not null`, asc(topicGroup.name));
	return rows.map(({ archivedAt, memberCount, threadCount, lastPostAt, ...row }) => ({
		...row,
		archived: archivedAt !== null,
		memberCount: memberCount ?? 0,
		threadCount: threadCount ?? 0,
		lastPostAt: lastPostAt ? new Date(lastPostAt) : null
	}));
}
