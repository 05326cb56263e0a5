import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan, can, needsTwoFactorSetup } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { motionComment } from '../schema';
import { MotionCommentError, MotionCommentNotFoundError } from './errors';
import { assertReadableMotion } from './readable-motion';

/**
 * Authors delete their own comments; the board also removes others' (moderation), which the
 * audit log records because it takes away someone else's words.
 */
export function mayDeleteComment(actor: SessionUser, authorId: string | null): boolean {
	if (authorId !== null && authorId === actor.id) return true;
	return can(actor, 'motions.moderate') && !needsTwoFactorSetup(actor);
}

export async function deleteMotionComment(options: {
	actor: SessionUser | null;
	motionId: string;
	commentId: string;
}): Promise<void> {
	assertCan(options.actor, 'network.contribute');
	const actor = options.actor;
	await assertReadableMotion(actor, options.motionId);
	const notFound = new MotionCommentNotFoundError('Diesen Kommentar gibt es nicht.');
	if (!isUuid(options.commentId)) throw notFound;
	const where = and(
		eq(motionComment.id, options.commentId),
		eq(motionComment.motionId, options.motionId)
	);
	const [comment] = await db
		.select({ authorId: motionComment.authorId, kind: motionComment.kind })
		.from(motionComment)
		.where(where);
	if (!comment) throw notFound;
	if (!mayDeleteComment(actor, comment.authorId))
		throw new MotionCommentError('Sie können nur Ihre eigenen Kommentare löschen.');
	await db.delete(motionComment).where(where);
	if (comment.authorId !== actor.id) {
		await recordAudit({
			actor,
			action: 'motion.comment_delete',
			targetType: 'motion',
			targetId: options.motionId,
			details: { commentId: options.commentId, authorId: comment.authorId }
		});
	}
}
