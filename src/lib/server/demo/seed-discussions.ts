import { eq } from 'drizzle-orm';
import { db } from '../db';
import { topic } from '../directory/schema';
import { findMentions } from '../discussions/mentions';
import {
	discussionMention,
	discussionPost,
	discussionThread,
	threadSubscription,
	topicGroup,
	topicGroupMember
} from '../discussions/schema';
import { DEMO_GROUPS, type DemoGroup, type DemoPost } from './data/discussions';
import type { DemoContext, DemoSeed } from './types';

function postedAt(post: DemoPost, now: Date): Date {
	const at = new Date(now.getTime() - post.daysAgo * 24 * 60 * 60 * 1000);
	at.setUTCHours(post.hour - 1, 15, 0, 0);
	return at;
}

function accountId(ctx: DemoContext, key: DemoPost['author']): string {
	const account = ctx.accounts.get(key);
	if (!account) throw new Error(`Demo-Konto „${key}“ fehlt`);
	return account.id;
}

/**
 * Written straight into the tables, not through the services: the history lies in the past,
 * and seeding must not mail anyone about posts that are weeks old.
 */
async function seedGroup(group: DemoGroup, ctx: DemoContext, now: Date): Promise<void> {
	await db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: topicGroup.id })
			.from(topicGroup)
			.where(eq(topicGroup.slug, group.slug));
		// All of a group or none of it: a group that exists was seeded completely.
		if (existing) return;
		const [linked] = await tx
			.select({ id: topic.id })
			.from(topic)
			.where(eq(topic.slug, group.topicSlug));
		const firstPost = Math.max(...group.threads.flatMap((t) => t.posts.map((p) => p.daysAgo)));
		const openedAt = new Date(now.getTime() - (firstPost + 7) * 24 * 60 * 60 * 1000);
		const [row] = await tx
			.insert(topicGroup)
			.values({
				slug: group.slug,
				name: group.name,
				description: group.description,
				topicId: linked?.id ?? null,
				createdByUserId: accountId(ctx, 'vorstand'),
				createdAt: openedAt,
				modifiedAt: openedAt
			})
			.returning({ id: topicGroup.id });
		await tx.insert(topicGroupMember).values(
			group.members.map((member) => ({
				groupId: row!.id,
				userId: accountId(ctx, member.key),
				notification: member.notification,
				joinedAt: openedAt
			}))
		);
		const candidates = group.members.map((member) => ({
			userId: accountId(ctx, member.key),
			name: ctx.accounts.get(member.key)!.name
		}));
		for (const thread of group.threads) {
			const times = thread.posts.map((post) => postedAt(post, now));
			const [threadRow] = await tx
				.insert(discussionThread)
				.values({
					groupId: row!.id,
					title: thread.title,
					authorUserId: accountId(ctx, thread.posts[0]!.author),
					createdAt: times[0]!,
					lastPostAt: times[times.length - 1]!
				})
				.returning({ id: discussionThread.id });
			const participants = new Set<string>();
			for (const [index, post] of thread.posts.entries()) {
				const authorId = accountId(ctx, post.author);
				participants.add(authorId);
				const [postRow] = await tx
					.insert(discussionPost)
					.values({
						threadId: threadRow!.id,
						authorUserId: authorId,
						body: post.body,
						createdAt: times[index]!
					})
					.returning({ id: discussionPost.id });
				const mentioned = findMentions(post.body, candidates);
				if (mentioned.length > 0)
					await tx
						.insert(discussionMention)
						.values(mentioned.map((userId) => ({ postId: postRow!.id, userId })));
			}
			await tx
				.insert(threadSubscription)
				.values([...participants].map((userId) => ({ threadId: threadRow!.id, userId })));
		}
	});
}

export const seedDiscussions: DemoSeed = {
	name: 'Arbeitskreise',
	async seed(ctx) {
		const now = new Date();
		for (const group of DEMO_GROUPS) await seedGroup(group, ctx, now);
	}
};
