import { and, eq, isNull, lt } from 'drizzle-orm';
import { user } from '../../auth/schema';
import { resolveAuthSecret } from '../../auth/auth-secret';
import { db } from '../../db';
import { queueMail } from '../../mail/queue-mail';
import { discussionNotification } from '../schema';
import { immediateMail } from './mail-text';
import { loadPostsForMail } from './load-posts';
import { mayReceive } from './recipient';
import { unsubscribeUrl } from './unsubscribe-token';

/**
 * Mails a post's immediate notifications (the job `discussions.notify-post`). Each row is marked
 * sent right after its mail is queued; a run cut short resumes with the rows still open, so at
 * worst the one mail in flight goes out twice, never none.
 */
export async function sendPostNotifications(postId: string): Promise<number> {
	const pending = await db
		.select({
			id: discussionNotification.id,
			reason: discussionNotification.reason,
			userId: user.id,
			email: user.email,
			name: user.name,
			role: user.role,
			emailVerified: user.emailVerified,
			deactivatedAt: user.deactivatedAt,
			accessExpiresAt: user.accessExpiresAt
		})
		.from(discussionNotification)
		.innerJoin(user, eq(user.id, discussionNotification.userId))
		.where(
			and(
				eq(discussionNotification.postId, postId),
				eq(discussionNotification.delivery, 'immediate'),
				isNull(discussionNotification.sentAt)
			)
		);
	if (pending.length === 0) return 0;
	const post = (await loadPostsForMail([postId])).get(postId);
	const secret = await resolveAuthSecret();
	let sent = 0;
	for (const row of pending) {
		let mailId: string | null = null;
		if (post && mayReceive(row)) {
			const unsubscribe = await unsubscribeUrl(
				row.userId,
				row.reason === 'subscription'
					? { kind: 'thread', threadId: post.threadId }
					: { kind: 'group', groupId: post.groupId },
				secret
			);
			const mail = immediateMail(post, row.reason, unsubscribe);
			mailId = await queueMail({
				to: row.email,
				subject: mail.subject,
				text: mail.text,
				category: `discussions.${row.reason}`,
				headers: { 'List-Unsubscribe': `<${unsubscribe}>` }
			});
			sent++;
		}
		await db
			.update(discussionNotification)
			.set({ sentAt: new Date(), mailId })
			.where(and(eq(discussionNotification.id, row.id), isNull(discussionNotification.sentAt)));
	}
	return sent;
}

/** Posts whose immediate mails are still open after `olderThan`: their job was lost. */
export async function postsWithOverdueNotifications(olderThan: Date): Promise<string[]> {
	const rows = await db
		.selectDistinct({ postId: discussionNotification.postId })
		.from(discussionNotification)
		.where(
			and(
				eq(discussionNotification.delivery, 'immediate'),
				isNull(discussionNotification.sentAt),
				lt(discussionNotification.createdAt, olderThan)
			)
		)
		.limit(500);
	return rows.map((row) => row.postId);
}
