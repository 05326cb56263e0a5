import { sql } from 'drizzle-orm';
import type { db } from '../../db';
import {
	discussionMention,
	discussionNotification,
	threadSubscription,
	topicGroupMember
} from '../schema';

type Executor = Pick<typeof db, 'execute' | 'insert'>;

export interface RecordNotificationsOptions {
	postId: string;
	threadId: string;
	groupId: string;
	authorUserId: string;
	mentionedUserIds: readonly string[];
}

/**
 * Decides, in the post's own transaction, who hears about it and how: one row per member.
 * Members with `none` hear nothing. A mention or a subscribed thread is mailed at once; otherwise
 * the group setting decides (a mail now, or a line in tomorrow's digest). The author is never
 * told about their own post.
 */
export async function recordNotifications(
	executor: Executor,
	options: RecordNotificationsOptions
): Promise<void> {
	const { postId, threadId, groupId, authorUserId, mentionedUserIds } = options;
	if (mentionedUserIds.length > 0) {
		await executor
			.insert(discussionMention)
			.values(mentionedUserIds.map((userId) => ({ postId, userId })))
			.onConflictDoNothing();
	}
	const mentioned =
		mentionedUserIds.length > 0
			? sql`m.user_id in (${sql.join(
					mentionedUserIds.map((id) => sql`${id}`),
					sql`, `
				)})`
			: sql`false`;
	await executor.execute(sql`
		insert into ${discussionNotification} (user_id, post_id, reason, delivery)
		select m.user_id, ${postId}::uuid,
			case when ${mentioned} then 'mention' when s.user_id is not null then 'subscription' else 'group' end::discussion_notification_reason,
			case when ${mentioned} or s.user_id is not null or m.notification = 'immediate' then 'immediate' else 'digest' end::discussion_notification_delivery
		from ${topicGroupMember} m
		left join ${threadSubscription} s on s.thread_id = ${threadId}::uuid and s.user_id = m.user_id
		where m.group_id = ${groupId}::uuid
			and m.user_id <> ${authorUserId}
			and m.notification <> 'none'
		on conflict (user_id, post_id) do nothing`);
}

/**
 * After an edit: members newly named in the text hear about the post at once (a line still
 * waiting for the digest becomes an immediate mail), unless a mail about the post has reached
 * them already or they want no mail from the group.
 */
export async function recordNewMentions(
	executor: Executor,
	options: { postId: string; groupId: string; authorUserId: string; userIds: readonly string[] }
): Promise<void> {
	const userIds = options.userIds.filter((id) => id !== options.authorUserId);
	if (userIds.length === 0) return;
	await executor
		.insert(discussionMention)
		.values(userIds.map((userId) => ({ postId: options.postId, userId })))
		.onConflictDoNothing();
	await executor.execute(sql`
		insert into ${discussionNotification} (user_id, post_id, reason, delivery)
		select m.user_id, ${options.postId}::uuid, 'mention', 'immediate'
		from ${topicGroupMember} m
		where m.group_id = ${options.groupId}::uuid
			and m.notification <> 'none'
			and m.user_id in (${sql.join(
				userIds.map((id) => sql`${id}`),
				sql`, `
			)})
		on conflict (user_id, post_id) do update
			set reason = 'mention', delivery = 'immediate'
			where ${discussionNotification.sentAt} is null`);
}
