import { and, eq, gt, isNull, lt, or, inArray } from 'drizzle-orm';
import { resolveAuthSecret } from '../../../auth/auth-secret';
import { user } from '../../../auth/schema';
import { toSessionUser } from '../../../auth/session-user';
import { db } from '../../../db';
import { storeMail, type MailInput } from '../../../mail/queue-mail';
import { requestMailDelivery } from '../../../mail/request-delivery';
import { authorNames } from '../../get-motion';
import { motion, motionAuthor, motionComment, motionCommentMailOptOut } from '../../schema';
import { canReadMotion, loadMotionViewer, seesMembersMotions } from '../../visibility';
import type { MotionCommentKind } from '../../../../shared/motion-comments';
import { commentMail } from './comment-mail-text';
import { commentMailUnsubscribeUrl } from './unsubscribe-token';
import { unsubscribeHeaders } from '../../../mail/unsubscribe-headers';

/**
 * Mails a new comment to the motion's authors (the job `motions.notify-comment`): not to the one
 * who wrote it, not to those who stopped these mails (for this motion or all), and only to those
 * who may still read the motion and its comments today (a demoted, deactivated or departed
 * author gets nothing). The mails are written in the transaction that marks the comment as
 * mailed, so two runs never mail it twice and a crash in between loses none (the overdue sweep
 * finds the comment unmarked).
 */
export async function sendCommentNotifications(commentId: string): Promise<number> {
	const [pending] = await db
		.select({
			motionId: motionComment.motionId,
			authorId: motionComment.authorId,
			kind: motionComment.kind,
			body: motionComment.body
		})
		.from(motionComment)
		.where(and(eq(motionComment.id, commentId), isNull(motionComment.authorsNotifiedAt)));
	if (!pending) return 0;
	const mails = await commentMailsFor(pending);
	const stored = await db.transaction(async (tx) => {
		const [claimed] = await tx
			.update(motionComment)
			.set({ authorsNotifiedAt: new Date() })
			.where(and(eq(motionComment.id, commentId), isNull(motionComment.authorsNotifiedAt)))
			.returning({ id: motionComment.id });
		if (!claimed) return [];
		const ids: string[] = [];
		for (const mail of mails) ids.push(await storeMail(mail, tx));
		return ids;
	});
	for (const id of stored) await requestMailDelivery(id);
	return stored.length;
}

async function commentMailsFor(comment: {
	motionId: string;
	authorId: string | null;
	kind: MotionCommentKind;
	body: string;
}): Promise<MailInput[]> {
	const [target] = await db
		.select({ title: motion.title, visibility: motion.visibility, factionId: motion.factionId })
		.from(motion)
		.where(eq(motion.id, comment.motionId));
	if (!target) return [];

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
		.where(eq(motionAuthor.motionId, comment.motionId));
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
							eq(motionCommentMailOptOut.motionId, comment.motionId),
							isNull(motionCommentMailOptOut.motionId)
						)
					)
				)
		).map((row) => row.userId)
	);
	const facts = { visibility: target.visibility, factionId: target.factionId, authorIds };
	const [commenter] = comment.authorId ? await authorNames([comment.authorId]) : [];
	const content = {
		motionId: comment.motionId,
		motionTitle: target.title,
		kind: comment.kind,
		body: comment.body,
		commenterName: commenter?.name ?? 'Ein ehemaliges Mitglied'
	};
	const secret = await resolveAuthSecret();
	const mails: MailInput[] = [];
	for (const author of authors) {
		if (author.id === comment.authorId || stopped.has(author.id) || author.deactivatedAt) continue;
		const viewer = await loadMotionViewer(toSessionUser(author));
		// Comments are the network's: reading a public motion is not enough.
		if (!seesMembersMotions(viewer) || !canReadMotion(viewer, facts)) continue;
		const motionLink = await commentMailUnsubscribeUrl(author.id, comment.motionId, secret);
		const mail = commentMail(content, { motion: motionLink, all: `${motionLink}?alle=1` });
		mails.push({
			to: author.email,
			subject: mail.subject,
			text: mail.text,
			category: `motions.comment_${comment.kind}`,
			headers: unsubscribeHeaders(motionLink)
		});
	}
	return mails;
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
