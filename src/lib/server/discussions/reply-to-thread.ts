import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { postForm } from '../../shared/discussions';
import { threadGroupId, writableGroup } from './access';
import { findMentions, mentionCandidates } from './mentions';
import { assertMayPost } from './post-rate-limit';
import { recordNotifications } from './notifications/record-notifications';
import { requestPostNotifications } from './notifications/request-notifications';
import { discussionPost, discussionThread, threadSubscription } from './schema';

export interface ReplyToThreadOptions {
	actor: SessionUser | null;
	threadId: string;
	body: string;
}

/**
 * A member answers in a thread. Whoever takes part follows the thread (replies reach them at
 * once) until they unsubscribe.
 */
export async function replyToThread(options: ReplyToThreadOptions): Promise<{ postId: string }> {
	const actor = options.actor;
	assertCan(actor, 'network.contribute');
	const input = postForm.parse({ body: options.body });
	await assertMayPost(actor.id);
	const postId = await db.transaction(async (tx) => {
		const group = await writableGroup(tx, await threadGroupId(tx, options.threadId), actor.id);
		const [post] = await tx
			.insert(discussionPost)
			.values({ threadId: options.threadId, authorUserId: actor.id, body: input.body })
			.returning({ id: discussionPost.id, createdAt: discussionPost.createdAt });
		await tx
			.update(discussionThread)
			.set({ lastPostAt: post!.createdAt })
			.where(eq(discussionThread.id, options.threadId));
		const mentioned = findMentions(input.body, await mentionCandidates(tx, group.id));
		// Before subscribing the author, whose own post never notifies them anyway.
		await recordNotifications(tx, {
			postId: post!.id,
			threadId: options.threadId,
			groupId: group.id,
			authorUserId: actor.id,
			mentionedUserIds: mentioned
		});
		await tx
			.insert(threadSubscription)
			.values({ threadId: options.threadId, userId: actor.id })
			.onConflictDoNothing();
		return post!.id;
	});
	await requestPostNotifications(postId);
	return { postId };
}
