import { and, desc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { discussionPost, discussionThread, threadSubscription } from './schema';

export const THREADS_PER_PAGE = 20;

export interface ThreadSummary {
	id: string;
	title: string;
	authorName: string | null;
	createdAt: Date;
	lastPostAt: Date;
	replyCount: number;
	subscribed: boolean;
}

/** A group's threads, most recent activity first, one page at a time. */
export async function listThreads(options: {
	actor: SessionUser | null;
	groupId: string;
	page: number;
}): Promise<{ items: ThreadSummary[]; total: number; page: number; pageCount: number }> {
	const actor = options.actor;
	assertCan(actor, 'network.read');
	const [{ total }] = (await db
		.select({ total: sql<number>`count(*)::int` })
		.from(discussionThread)
		.where(eq(discussionThread.groupId, options.groupId))) as [{ total: number }];
	const pageCount = Math.max(1, Math.ceil(total / THREADS_PER_PAGE));
	const page = Math.min(Math.max(1, options.page), pageCount);
	const rows = await db
		.select({
			id: discussionThread.id,
			title: discussionThread.title,
			authorName: user.name,
			createdAt: discussionThread.createdAt,
			lastPostAt: discussionThread.lastPostAt,
			replyCount: sql<number>`(select count(*)::int - 1 from ${discussionPost} where ${discussionPost.threadId} = ${discussionThread.id})`,
			subscribedBy: threadSubscription.userId
		})
		.from(discussionThread)
		.leftJoin(user, eq(user.id, discussionThread.authorUserId))
		.leftJoin(
			threadSubscription,
			and(
				eq(threadSubscription.threadId, discussionThread.id),
				eq(threadSubscription.userId, actor.id)
			)
		)
		.where(eq(discussionThread.groupId, options.groupId))
		.orderBy(desc(discussionThread.lastPostAt), desc(discussionThread.id))
		.limit(THREADS_PER_PAGE)
		.offset((page - 1) * THREADS_PER_PAGE);
	return {
		items: rows.map(({ subscribedBy, replyCount, ...row }) => ({
			...row,
			replyCount: Math.max(0, Number(replyCount)),
			subscribed: subscribedBy !== null
		})),
		total,
		page,
		pageCount
	};
}
