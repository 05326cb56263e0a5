import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { db } from '../db';
import {
	discussionDigest,
	discussionMention,
	discussionNotification,
	discussionPost,
	discussionThread,
	threadSubscription,
	topicGroup,
	topicGroupMember
} from './schema';

export interface DiscussionData {
	groups: { name: string; joinedAt: Date; notification: string }[];
	threadsStarted: { group: string; title: string; createdAt: Date }[];
	posts: {
		group: string;
		thread: string;
		body: string | null;
		createdAt: Date;
		editedAt: Date | null;
	}[];
	subscriptions: { group: string; thread: string; since: Date }[];
	mentionedIn: { group: string; thread: string; postCreatedAt: Date }[];
	notifications: { reason: string; delivery: string; createdAt: Date; sentAt: Date | null }[];
	digests: { sentAt: Date; postCount: number }[];
}

/** Everything the discussions keep about one person, for their data download (privacy). */
export async function exportDiscussionData(userId: string): Promise<DiscussionData> {
	const groups = await db
		.select({
			name: topicGroup.name,
			joinedAt: topicGroupMember.joinedAt,
			notification: topicGroupMember.notification
		})
		.from(topicGroupMember)
		.innerJoin(topicGroup, eq(topicGroup.id, topicGroupMember.groupId))
		.where(eq(topicGroupMember.userId, userId))
		.orderBy(asc(topicGroup.name));
	const threadsStarted = await db
		.select({
			group: topicGroup.name,
			title: discussionThread.title,
			createdAt: discussionThread.createdAt
		})
		.from(discussionThread)
		.innerJoin(topicGroup, eq(topicGroup.id, discussionThread.groupId))
		.where(eq(discussionThread.authorUserId, userId))
		.orderBy(asc(discussionThread.createdAt));
	const posts = await db
		.select({
			group: topicGroup.name,
			thread: discussionThread.title,
			body: discussionPost.body,
			createdAt: discussionPost.createdAt,
			editedAt: discussionPost.editedAt
		})
		.from(discussionPost)
		.innerJoin(discussionThread, eq(discussionThread.id, discussionPost.threadId))
		.innerJoin(topicGroup, eq(topicGroup.id, discussionThread.groupId))
		.where(eq(discussionPost.authorUserId, userId))
		.orderBy(asc(discussionPost.createdAt));
	const subscriptions = await db
		.select({
			group: topicGroup.name,
			thread: discussionThread.title,
			since: threadSubscription.createdAt
		})
		.from(threadSubscription)
		.innerJoin(discussionThread, eq(discussionThread.id, threadSubscription.threadId))
		.innerJoin(topicGroup, eq(topicGroup.id, discussionThread.groupId))
		.where(eq(threadSubscription.userId, userId))
		.orderBy(asc(threadSubscription.createdAt));
	const mentionedIn = await db
		.select({
			group: topicGroup.name,
			thread: discussionThread.title,
			postCreatedAt: discussionPost.createdAt
		})
		.from(discussionMention)
		.innerJoin(discussionPost, eq(discussionPost.id, discussionMention.postId))
		.innerJoin(discussionThread, eq(discussionThread.id, discussionPost.threadId))
		.innerJoin(topicGroup, eq(topicGroup.id, discussionThread.groupId))
		.where(eq(discussionMention.userId, userId))
		.orderBy(asc(discussionPost.createdAt));
	const notifications = await db
		.select({
			reason: discussionNotification.reason,
			delivery: discussionNotification.delivery,
			createdAt: discussionNotification.createdAt,
			sentAt: discussionNotification.sentAt
		})
		.from(discussionNotification)
		.where(eq(discussionNotification.userId, userId))
		.orderBy(asc(discussionNotification.createdAt));
	const digests = await db
		.select({ sentAt: discussionDigest.sentAt, postCount: discussionDigest.postCount })
		.from(discussionDigest)
		.where(eq(discussionDigest.userId, userId))
		.orderBy(asc(discussionDigest.sentAt));
	return {
		groups,
		threadsStarted,
		posts,
		subscriptions,
		mentionedIn,
		notifications,
		digests
	};
}

/**
 * Removes a person from the discussions when their account goes. Their posts stay in place so
 * the others' replies keep their context, but lose their text and author; threads they started
 * stay (with the title the group discussed under) without an author. Memberships,
 * subscriptions, mentions of them, notifications and digests are deleted. Runs in the caller's
 * transaction when given one, so the account deletion is all or nothing.
 */
export async function eraseDiscussionData(
	userId: string,
	executor: Pick<typeof db, 'update' | 'delete'> = db
): Promise<void> {
	const now = new Date();
	const theirPosts = db
		.select({ id: discussionPost.id })
		.from(discussionPost)
		.where(eq(discussionPost.authorUserId, userId));
	// Nobody should still be mailed a text that no longer exists.
	await executor
		.delete(discussionNotification)
		.where(inArray(discussionNotification.postId, theirPosts));
	await executor.delete(discussionMention).where(inArray(discussionMention.postId, theirPosts));
	await executor
		.update(discussionPost)
		.set({ body: null, authorUserId: null, erasedAt: now })
		.where(eq(discussionPost.authorUserId, userId));
	await executor
		.update(discussionThread)
		.set({ authorUserId: null })
		.where(eq(discussionThread.authorUserId, userId));
	await executor.delete(topicGroupMember).where(eq(topicGroupMember.userId, userId));
	await executor.delete(threadSubscription).where(eq(threadSubscription.userId, userId));
	await executor.delete(discussionMention).where(eq(discussionMention.userId, userId));
	await executor.delete(discussionNotification).where(eq(discussionNotification.userId, userId));
	await executor.delete(discussionDigest).where(eq(discussionDigest.userId, userId));
	await executor
		.update(topicGroup)
		.set({ createdByUserId: null })
		.where(and(eq(topicGroup.createdByUserId, userId), isNotNull(topicGroup.createdByUserId)));
}
