import { and, asc, eq, inArray } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from './access';
import { DiscussionNotFoundError } from './errors';
import { discussionMention, discussionPost, discussionThread, threadSubscription } from './schema';

export interface PostView {
	id: string;
	authorName: string | null;
	/** Markdown source; null when the author erased their data. */
	body: string | null;
	createdAt: Date;
	editedAt: Date | null;
	mine: boolean;
	/** Account names of the people the post mentions, to mark them in the text. */
	mentionedNames: string[];
}

export interface ThreadDetail {
	id: string;
	title: string;
	createdAt: Date;
	subscribed: boolean;
	posts: PostView[];
}

/** A thread of the given group with all its posts, oldest first. */
export async function getThread(options: {
	actor: SessionUser | null;
	groupId: string;
	threadId: string;
}): Promise<ThreadDetail> {
	const actor = options.actor;
	assertCan(actor, 'network.read');
	const notFound = new DiscussionNotFoundError('Dieses Thema gibt es nicht.');
	if (!isUuid(options.threadId)) throw notFound;
	const [thread] = await db
		.select({
			id: discussionThread.id,
			title: discussionThread.title,
			createdAt: discussionThread.createdAt,
			subscribedBy: threadSubscription.userId
		})
		.from(discussionThread)
		.leftJoin(
			threadSubscription,
			and(
				eq(threadSubscription.threadId, discussionThread.id),
				eq(threadSubscription.userId, actor.id)
			)
		)
		.where(
			and(eq(discussionThread.id, options.threadId), eq(discussionThread.groupId, options.groupId))
		);
	if (!thread) throw notFound;
	const posts = await db
		.select({
			id: discussionPost.id,
			authorUserId: discussionPost.authorUserId,
			authorName: user.name,
			body: discussionPost.body,
			createdAt: discussionPost.createdAt,
			editedAt: discussionPost.editedAt
		})
		.from(discussionPost)
		.leftJoin(user, eq(user.id, discussionPost.authorUserId))
		.where(eq(discussionPost.threadId, thread.id))
		.orderBy(asc(discussionPost.createdAt), asc(discussionPost.id));
	const mentions =
		posts.length === 0
			? []
			: await db
					.select({ postId: discussionMention.postId, name: user.name })
					.from(discussionMention)
					.innerJoin(user, eq(user.id, discussionMention.userId))
					.where(
						inArray(
							discussionMention.postId,
							posts.map((post) => post.id)
						)
					);
	const namesOf = (postId: string) =>
		mentions.filter((mention) => mention.postId === postId).map((mention) => mention.name);
	return {
		id: thread.id,
		title: thread.title,
		createdAt: thread.createdAt,
		subscribed: thread.subscribedBy !== null,
		posts: posts.map(({ authorUserId, ...post }) => ({
			...post,
			mine: authorUserId !== null && authorUserId === actor.id,
			mentionedNames: namesOf(post.id)
		}))
	};
}
