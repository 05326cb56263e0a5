import { asc, eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { user } from '../../auth/schema';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import type { MotionCommentKind } from '../../../shared/motion-comments';
import { motionComment } from '../schema';
import { assertReadableMotion } from './readable-motion';
import { mayDeleteComment } from './delete-comment';

export interface MotionCommentView {
	id: string;
	kind: MotionCommentKind;
	/** Markdown. */
	body: string;
	/** The account's name; null once the account is gone. */
	authorName: string | null;
	createdAt: Date;
	editedAt: Date | null;
	/** The actor wrote it: they may edit it. */
	mine: boolean;
	deletable: boolean;
}

/** The comments and experience reports on a motion, oldest first: for the network only. */
export async function listMotionComments(options: {
	actor: SessionUser | null;
	motionId: string;
}): Promise<MotionCommentView[]> {
	assertCan(options.actor, 'network.read');
	const actor = options.actor;
	await assertReadableMotion(actor, options.motionId);
	const rows = await db
		.select({
			id: motionComment.id,
			kind: motionComment.kind,
			body: motionComment.body,
			authorId: motionComment.authorId,
			authorName: user.name,
			createdAt: motionComment.createdAt,
			editedAt: motionComment.editedAt
		})
		.from(motionComment)
		.leftJoin(user, eq(user.id, motionComment.authorId))
		.where(eq(motionComment.motionId, options.motionId))
		.orderBy(asc(motionComment.createdAt), asc(motionComment.id));
	return rows.map(({ authorId, ...row }) => {
		const mine = authorId !== null && authorId === actor.id;
		return { ...row, mine, deletable: mayDeleteComment(actor, authorId) };
	});
}
