import { and, eq, gt, isNull, lt, or, inArray } from 'drizzle-orm';
import { resolveAuthSecret } from '../../../auth/auth-secret';
import { user } from '../../../auth/schema';
import { toSessionUser } from '../../../auth/session-user';
import { db } from '../../../db';
import { queueMail } from '../../../mail/queue-mail';
import { authorNames } from '../../get-motion';
import { motion, motionAuthor, motionComment, motionCommentMailOptOut } from '../../schema';
import { canReadMotion, loadMotionViewer, seesMembersMotions } from '../../visibility';
import { commentMail } from './comment-mail-text';
import { commentMailUnsubscribeUrl } from './unsubscribe-token';
import { unsubscribeHeaders } from '../../../mail/unsubscribe-headers';

/**
 * Mails a new comment to the motion's authors (the job `motions.notify-comment`): not to the one
 * who wrote it, not to those who stopped these mails (for this motion or all), and only to those
 * who may still read the motion and its comments today (a demoted, deactivated or departed
 * author gets nothing). The comment is claimed first, so two runs never mail it twice.
 */
export async function sendCommentNotifications(commentId: string): Promise<number> {
	const [claimed] = await db
		.update(motionComment)
		.set({ authorsNotifiedAt: new Date() })
		.where(and(eq(motionComment.id, commentId), isNull(motionComment.authorsNotifiedAt)))
		.returning({
			motionId: motionComment.motionId,
			authorId: motionComment.authorId,
			kind: motionComment.kind,
			body: motionComment.body
		});
	if (!claimed) return 0;
	const [target] = await db
		.select({ title: motion.title, visibility: motion.visibility, factionId: motion.factionId })
		.from(motion)
		.where(eq(motion.id, claimed.motionId));
	if (!target) return 0;

	const authors = await db
		.select({
			id: user.id,
			email: user.email,
			name: user.name,
			role: user.role,
			emailVerified: user.emailVerified,
			twoFactorEnabled: user.twoFactorEnabled,
			deactivatedAt: user.deactivatedAt,
			accessExpiresAt: user.accessExpiresAt
		})
		.from(motionAuthor)
		.innerJoin(user, eq(user.id, motionAuthor.userId))
		.where(eq(motionAuthor.motionId, claimed.motionId));
	const authorIds = authors.map((author) => author.id);
	const stopped = new Set(
		(
			await db
				.select({ userId: motionCommentMailOptOut.userId })
				.from(motionCommentMailOptOut)
				.where(
					and(
						inArray(motionCommentMailOptOut.userId, authorIds.length ? authorIds : ['']),
						or(
							eq(motionCommentMailOptOut.motionId, claimed.motionId),
							isNull(motionCommentMailOptOut.motionId)
						)
					)
				)
		).map((row) => row.userId)
	);
	const facts = { visibility: target.visibility, factionId: target.factionId, authorIds };
	const [commenter] = claimed.authorId ? await authorNames([claimed.authorId]) : [];
	const comment = {
		motionId: claimed.motionId,
		motionTitle: target.title,
		kind: claimed.kind,
		body: claimed.body,
		commenterName: commenter?.name ?? 'Ein ehemaliges Mitglied'
	};
	const secret = await resolveAuthSecret();
	let sent = 0;
	for (const author of authors) {
		if (author.id === claimed.authorId || stopped.has(author.id) || author.deactivatedAt) continue;
		const viewer = await loadMotionViewer(toSessionUser(author));
		// Comments are the network's: reading a public motion is not enough.
		if (!seesMembersMotions(viewer) || !canReadMotion(viewer, facts)) continue;
		const motionLink = await commentMailUnsubscribeUrl(author.id, claimed.motionId, secret);
		const mail = commentMail(comment, { motion: motionLink, all: `${motionLink}?alle=1` });
		await queueMail({
			to: author.email,
			subject: mail.subject,
			text: mail.text,
			category: `motions.comment_${claimed.kind}`,
			headers: unsubscribeHeaders(motionLink)
		});
		sent++;
	}
	return sent;
}

/** Comments of the last day whose mails are still open after `olderThan`: their job was lost. */
export async function commentsWithOverdueNotifications(olderThan: Date): Promise<string[]> {
	const rows = await db
		.select({ id: motionComment.id })
		.from(motionComment)
		.where(
			and(
				isNull(motionComment.authorsNotifiedAt),
				lt(motionComment.createdAt, olderThan),
				// Comments written before these mails existed are never mailed in a burst.
				gt(motionComment.createdAt, new Date(olderThan.getTime() - 24 * 60 * 60_000))
			)
		)
		.limit(500);
	return rows.map((row) => row.id);
}
