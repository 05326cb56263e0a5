import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { motionCommentForm, type MotionCommentInput } from '../../../shared/motion-comments';
import { motionComment } from '../schema';
import { MotionCommentError, MotionCommentNotFoundError } from './errors';
import { assertReadableMotion } from './readable-motion';

/** Authors correct their own comments (marked as edited); nobody edits someone else's words. */
export async function editMotionComment(options: {
	actor: SessionUser | null;
	motionId: string;
	commentId: string;
	input: MotionCommentInput;
}): Promise<void> {
	assertCan(options.actor, 'network.contribute');
	const actor = options.actor;
	const input = motionCommentForm.parse(options.input);
	await assertReadableMotion(actor, options.motionId);
	const notFound = new MotionCommentNotFoundError('Diesen Kommentar gibt es nicht.');
	if (!isUuid(options.commentId)) throw notFound;
	const [comment] = await db
		.select({ authorId: motionComment.authorId })
		.from(motionComment)
		.where(
			and(eq(motionComment.id, options.commentId), eq(motionComment.motionId, options.motionId))
		);
	if (!comment) throw notFound;
	if (comment.authorId !== actor.id)
		throw new MotionCommentError('Sie können nur Ihre eigenen Kommentare bearbeiten.');
	await db
		.update(motionComment)
		.set({ kind: input.kind, body: input.body, editedAt: new Date() })
		.where(eq(motionComment.id, options.commentId));
}
