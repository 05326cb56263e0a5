import { eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { user } from '../../auth/schema';
import { db } from '../../db';
import { discussionPost, discussionThread, topicGroup } from '../schema';
import type { PostForMail } from './mail-text';

const author = alias(user, 'author');

/**
 * What mails say about posts, read when the mail is written (not when the post was): an edit
 * in between is mailed as edited. Posts that are gone, erased, or in an archived group are
 * left out, so the caller marks their notifications done without a mail.
 */
export async function loadPostsForMail(
	postIds: readonly string[]
): Promise<Map<string, PostForMail>> {
	if (postIds.length === 0) return new Map();
	const rows = await db
		.select({
			postId: discussionPost.id,
			body: discussionPost.body,
			authorName: author.name,
			createdAt: discussionPost.createdAt,
			threadId: discussionThread.id,
			threadTitle: discussionThread.title,
			isFirstPost: sql<boolean>`not exists (select 1 from ${discussionPost} earlier where earlier.thread_id = ${discussionPost.threadId} and (earlier.created_at, earlier.id) < (${discussionPost.createdAt}, ${discussionPost.id}))`,
			groupId: topicGroup.id,
			groupSlug: topicGroup.slug,
			groupName: topicGroup.name,
			archivedAt: topicGroup.archivedAt
		})
		.from(discussionPost)
		.innerJoin(discussionThread, eq(discussionThread.id, discussionPost.threadId))
		.innerJoin(topicGroup, eq(topicGroup.id, discussionThread.groupId))
		.leftJoin(author, eq(author.id, discussionPost.authorUserId))
		.where(inArray(discussionPost.id, [...postIds]));
	const posts = new Map<string, PostForMail>();
	for (const { body, archivedAt, authorName, ...row } of rows) {
		if (body === null || archivedAt) continue;
		posts.set(row.postId, {
			...row,
			body,
			authorName: authorName ?? 'Ein ehemaliges Mitglied',
			isFirstPost: Boolean(row.isFirstPost)
		});
	}
	return posts;
}
