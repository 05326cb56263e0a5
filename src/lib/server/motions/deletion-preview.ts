import { count, eq } from 'drizzle-orm';
import type { MotionStatus } from '$lib/shared/motions';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { readableMotion } from './attachments/motion-access';
import { offersDelete } from './delete-motion';
import { motion, motionAttachment, motionComment } from './schema';

export interface MotionDeletionPreview {
	id: string;
	title: string;
	status: MotionStatus;
	attachments: number;
	comments: number;
	/** Motions taken over from this one (all of them, readable or not: they all lose the link). */
	reuses: number;
	canDelete: boolean;
}

/**
 * What deleting a motion would take with it, for the confirmation: told before, not after.
 * Null when the motion does not exist or is hidden from the actor (one 404 for both).
 */
export async function motionDeletionPreview(
	actor: SessionUser | null,
	motionId: string
): Promise<MotionDeletionPreview | null> {
	const access = await readableMotion(actor, motionId);
	if (!access) return null;
	const [row] = await db
		.select({ status: motion.status })
		.from(motion)
		.where(eq(motion.id, motionId));
	if (!row) return null;
	const [[attachments], [comments], [reuses]] = await Promise.all([
		db.select({ n: count() }).from(motionAttachment).where(eq(motionAttachment.motionId, motionId)),
		db.select({ n: count() }).from(motionComment).where(eq(motionComment.motionId, motionId)),
		db.select({ n: count() }).from(motion).where(eq(motion.reusedFromId, motionId))
	]);
	return {
		id: motionId,
		title: access.title,
		status: row.status,
		attachments: attachments?.n ?? 0,
		comments: comments?.n ?? 0,
		reuses: reuses?.n ?? 0,
		canDelete: offersDelete(actor, access, row.status)
	};
}
