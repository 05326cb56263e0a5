import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { threadForm } from '../../shared/discussions';
import { writableGroup } from './access';
import { findMentions, mentionCandidates } from './mentions';
import { assertMayPost } from './post-rate-limit';
import { recordNotifications } from './notifications/record-notifications';
import { requestPostNotifications } from './notifications/request-notifications';
import { discussionPost, discussionThread, threadSubscription } from './schema';

export interface StartThreadOptions {
	actor: SessionUser | null;
	groupId: string;
	title: string;
	body: string;
}

/** A member opens a thread with its first post; they follow it from then on. */
export async function startThread(
	options: StartThreadOptions
): Promise<{ threadId: string; postId: string }> {
	const actor = options.actor;
	assertCan(actor, 'network.contribute');
	const input = threadForm.parse({ title: options.title, body: options.body });
	await assertMayPost(actor.id);
	const result = await db.transaction(async (tx) => {
		const group = await writableGroup(tx, options.groupId, actor.id);
		const [thread] = await tx
			.insert(discussionThread)
			.values({ groupId: group.id, title: input.title, authorUserId: actor.id })
			.returning({ id: discussionThread.id, createdAt: discussionThread.createdAt });
		const [post] = await tx
			.insert(discussionPost)
			.values({
				threadId: thread!.id,
				authorUserId: actor.id,
				body: input.body,
				createdAt: thread!.createdAt
			})
			.returning({ id: discussionPost.id });
		await tx.insert(threadSubscription).values({ threadId: thread!.id, userId: actor.id });
		const mentioned = findMentions(input.body, await mentionCandidates(tx, group.id));
		await recordNotifications(tx, {
			postId: post!.id,
			threadId: thread!.id,
			groupId: group.id,
			authorUserId: actor.id,
			mentionedUserIds: mentioned
		});
		return { threadId: thread!.id, postId: post!.id };
	});
	await requestPostNotifications(result.postId);
	return result;
}
