import { and, eq } from 'drizzle-orm';
import { db } from '../db';
import { applyNotificationSetting } from './membership';
import { verifyUnsubscribeToken } from './notifications/unsubscribe-token';
import { discussionThread, threadSubscription, topicGroup, topicGroupMember } from './schema';
import { removeThreadSubscription } from './subscriptions';

export interface UnsubscribeInfo {
	kind: 'group' | 'thread';
	groupName: string;
	threadTitle: string | null;
	/** False when there is nothing left to stop (already unsubscribed, left the group …). */
	active: boolean;
}

/** What a signed link would stop, for the confirmation page; null for an invalid link. */
export async function describeUnsubscribe(token: string): Promise<UnsubscribeInfo | null> {
	const verified = await verifyUnsubscribeToken(token);
	if (!verified) return null;
	const { userId, target } = verified;
	if (target.kind === 'group') {
		const [row] = await db
			.select({ name: topicGroup.name, notification: topicGroupMember.notification })
			.from(topicGroup)
			.leftJoin(
				topicGroupMember,
				and(eq(topicGroupMember.groupId, topicGroup.id), eq(topicGroupMember.userId, userId))
			)
			.where(eq(topicGroup.id, target.groupId));
		if (!row) return null;
		return {
			kind: 'group',
			groupName: row.name,
			threadTitle: null,
			active: row.notification !== null && row.notification !== 'none'
		};
	}
	const [row] = await db
		.select({
			title: discussionThread.title,
			groupName: topicGroup.name,
			subscriber: threadSubscription.userId
		})
		.from(discussionThread)
		.innerJoin(topicGroup, eq(topicGroup.id, discussionThread.groupId))
		.leftJoin(
			threadSubscription,
			and(
				eq(threadSubscription.threadId, discussionThread.id),
				eq(threadSubscription.userId, userId)
			)
		)
		.where(eq(discussionThread.id, target.threadId));
	if (!row) return null;
	return {
		kind: 'thread',
		groupName: row.groupName,
		threadTitle: row.title,
		active: row.subscriber !== null
	};
}

/**
 * Carries out a signed link without signing in: a group link sets the person's group setting
 * to "no mail", a thread link ends the thread subscription. Doing it twice changes nothing.
 */
export async function applyUnsubscribe(token: string): Promise<UnsubscribeInfo | null> {
	const verified = await verifyUnsubscribeToken(token);
	if (!verified) return null;
	const { userId, target } = verified;
	if (target.kind === 'group') await applyNotificationSetting(userId, target.groupId, 'none');
	else await removeThreadSubscription(userId, target.threadId);
	return describeUnsubscribe(token);
}
