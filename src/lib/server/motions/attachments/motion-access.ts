import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { motion, motionAuthor } from '../schema';
import {
	canEditMotion,
	canReadMotion,
	loadMotionViewer,
	type MotionAccessFacts,
	type MotionViewer
} from '../visibility';

export interface MotionAccess {
	motionId: string;
	title: string;
	viewer: MotionViewer;
	facts: MotionAccessFacts;
	canEdit: boolean;
}

/**
 * The motion's access facts as the viewer sees them, or null when the motion does not exist or
 * the viewer may not read it: callers answer both with the same 404, so a hidden draft's
 * existence is never confirmed. The rules are visibility.ts's.
 */
export async function readableMotion(
	user: SessionUser | null,
	motionId: string
): Promise<MotionAccess | null> {
	if (!isUuid(motionId)) return null;
	const [row] = await db
		.select({ title: motion.title, visibility: motion.visibility, factionId: motion.factionId })
		.from(motion)
		.where(eq(motion.id, motionId));
	if (!row) return null;
	const authors = await db
		.select({ userId: motionAuthor.userId })
		.from(motionAuthor)
		.where(eq(motionAuthor.motionId, motionId));
	const facts: MotionAccessFacts = {
		visibility: row.visibility,
		factionId: row.factionId,
		authorIds: authors.map((author) => author.userId)
	};
	const viewer = await loadMotionViewer(user);
	if (!canReadMotion(viewer, facts)) return null;
	return { motionId, title: row.title, viewer, facts, canEdit: canEditMotion(viewer, facts) };
}
