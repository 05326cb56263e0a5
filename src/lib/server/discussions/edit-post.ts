import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { postForm } from '../../shared/discussions';
import { writableGroup } from './access';
import { DiscussionError, DiscussionNotFoundError } from './errors';
import { findMentions, mentionCandidates } from './mentions';
import { recordNewMentions } from './notifications/record-notifications';
import { requestPostNotifications } from './notifications/request-notifications';
import { discussionPost, discussionThread } from './schema';

export interface EditPostOptions {
	actor: SessionUser | null;
	postId: string;
	body: string;
}

/** Authors correct their own posts (marked as edited); nobody edits someone else's words. */
export async function editPost(options: EditPostOptions): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'network.contribute');
	const input = postForm.parse({ body: options.body });
	await db.transaction(async (tx) => {
		const [post] = await tx
			.select({
				authorUserId: discussionPost.authorUserId,
				erasedAt: discussionPost.erasedAt,
				groupId: discussionThread.groupId
			})
			.from(discussionPost)
			.innerJoin(discussionThread, eq(discussionThread.id, discussionPost.threadId))
			.where(eq(discussionPost.id, options.postId))
			.for('update', { of: discussionPost });
		if (!post || post.erasedAt) throw new DiscussionNotFoundError('Diesen Beitrag gibt es nicht.');
		if (post.authorUserId !== actor.id)
			throw new DiscussionError('Sie können nur Ihre eigenen Beiträge bearbeiten.');
		await writableGroup(tx, post.groupId, actor.id);
		await tx
			.update(discussionPost)
			.set({ body: input.body, editedAt: new Date() })
			.where(eq(discussionPost.id, options.postId));
		await recordNewMentions(tx, {
			postId: options.postId,
			groupId: post.groupId,
			authorUserId: actor.id,
			userIds: findMentions(input.body, await mentionCandidates(tx, post.groupId))
		});
	});
	await requestPostNotifications(options.postId);
}
