import { and, eq } from 'drizzle-orm';
import type { db } from '../db';
import { DiscussionError, DiscussionNotFoundError } from './errors';
import { discussionThread, topicGroup, topicGroupMember, type NotificationSetting } from './schema';

type Executor = Pick<typeof db, 'select'>;

export interface WritableGroup {
	id: string;
	slug: string;
	name: string;
	notification: NotificationSetting;
}

/**
 * The group as someone about to write in it sees it: it must exist, be open, and they must have
 * joined it. Reading needs none of this; writing needs all of it.
 */
export async function writableGroup(
	executor: Executor,
	groupId: string,
	userId: string
): Promise<WritableGroup> {
	const [row] = await executor
		.select({
			id: topicGroup.id,
			slug: topicGroup.slug,
			name: topicGroup.name,
			archivedAt: topicGroup.archivedAt,
			notification: topicGroupMember.notification
		})
		.from(topicGroup)
		.leftJoin(
			topicGroupMember,
			and(eq(topicGroupMember.groupId, topicGroup.id), eq(topicGroupMember.userId, userId))
		)
		.where(eq(topicGroup.id, groupId));
	if (!row) throw new DiscussionNotFoundError();
	if (row.archivedAt) throw new DiscussionError('Dieser Arbeitskreis ist archiviert.');
	if (!row.notification)
		throw new DiscussionError('Treten Sie dem Arbeitskreis bei, um mitzuschreiben.');
	return { id: row.id, slug: row.slug, name: row.name, notification: row.notification };
}

export async function threadGroupId(executor: Executor, threadId: string): Promise<string> {
	const [row] = await executor
		.select({ groupId: discussionThread.groupId })
		.from(discussionThread)
		.where(eq(discussionThread.id, threadId));
	if (!row) throw new DiscussionNotFoundError('Dieses Thema gibt es nicht.');
	return row.groupId;
}

/** Ids from URLs and forms: anything that is no UUID is unknown (and never reaches SQL). */
export { isUuid } from '../directory/is-uuid';
