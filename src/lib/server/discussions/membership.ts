import { and, eq, inArray, isNull } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { DiscussionError, DiscussionNotFoundError } from './errors';
import {
	discussionNotification,
	discussionPost,
	discussionThread,
	threadSubscription,
	topicGroup,
	topicGroupMember,
	type NotificationSetting
} from './schema';

/** Members join open groups themselves; a new member gets the daily digest. */
export async function joinGroup(options: {
	actor: SessionUser | null;
	groupId: string;
}): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'network.contribute');
	const [group] = await db
		.select({ archivedAt: topicGroup.archivedAt })
		.from(topicGroup)
		.where(eq(topicGroup.id, options.groupId));
	if (!group) throw new DiscussionNotFoundError();
	if (group.archivedAt) throw new DiscussionError('Dieser Arbeitskreis ist archiviert.');
	await db
		.insert(topicGroupMember)
		.values({ groupId: options.groupId, userId: options.actor!.id })
		.onConflictDoNothing();
}

function groupPostIds(groupId: string) {
	return db
		.select({ id: discussionPost.id })
		.from(discussionPost)
		.innerJoin(discussionThread, eq(discussionThread.id, discussionPost.threadId))
		.where(eq(discussionThread.groupId, groupId));
}

/** Mails about the group that have not gone out yet; they would no longer be wanted. */
export async function dropPendingNotifications(
	executor: Pick<typeof db, 'delete'>,
	userId: string,
	groupId: string
): Promise<void> {
	await executor
		.delete(discussionNotification)
		.where(
			and(
				eq(discussionNotification.userId, userId),
				isNull(discussionNotification.sentAt),
				inArray(discussionNotification.postId, groupPostIds(groupId))
			)
		);
}

function groupThreadIds(groupId: string) {
	return db
		.select({ id: discussionThread.id })
		.from(discussionThread)
		.where(eq(discussionThread.groupId, groupId));
}

/** Leaving ends the membership, every thread subscription in the group and pending mails. */
export async function leaveGroup(options: {
	actor: SessionUser | null;
	groupId: string;
}): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'network.read');
	await db.transaction(async (tx) => {
		await tx
			.delete(topicGroupMember)
			.where(
				and(eq(topicGroupMember.groupId, options.groupId), eq(topicGroupMember.userId, actor.id))
			);
		await tx
			.delete(threadSubscription)
			.where(
				and(
					eq(threadSubscription.userId, actor.id),
					inArray(threadSubscription.threadId, groupThreadIds(options.groupId))
				)
			);
		await dropPendingNotifications(tx, actor.id, options.groupId);
	});
}

/**
 * Changes how the member hears about the group. `none` also drops what was still waiting to be
 * sent, so the change holds from this moment, not from the next digest.
 */
export async function setNotificationSetting(options: {
	actor: SessionUser | null;
	groupId: string;
	setting: NotificationSetting;
}): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'network.read');
	if (!(await applyNotificationSetting(actor.id, options.groupId, options.setting)))
		throw new DiscussionError('Sie sind nicht Mitglied dieses Arbeitskreises.');
}

/** Without a permission check: for the settings form above and the signed unsubscribe link. */
export async function applyNotificationSetting(
	userId: string,
	groupId: string,
	setting: NotificationSetting
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const updated = await tx
			.update(topicGroupMember)
			.set({ notification: setting })
			.where(and(eq(topicGroupMember.groupId, groupId), eq(topicGroupMember.userId, userId)))
			.returning({ groupId: topicGroupMember.groupId });
		if (updated.length === 0) return false;
		if (setting === 'none') await dropPendingNotifications(tx, userId, groupId);
		return true;
	});
}
