import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { motion, motionAuthor } from '../schema';
import { canReadMotion, loadMotionViewer } from '../visibility';
import { MotionCommentNotFoundError } from './errors';

type Executor = Pick<typeof db, 'select'>;

/**
 * Throws "not found" unless the user reads the motion (visibility.ts decides): nobody comments on,
 * or reads comments of, a draft they cannot see, and a 404 never tells that it exists.
 */
export async function assertReadableMotion(
	user: SessionUser,
	motionId: string,
	executor: Executor = db
): Promise<{ title: string }> {
	const notFound = new MotionCommentNotFoundError();
	if (!isUuid(motionId)) throw notFound;
	const [row] = await executor
		.select({ title: motion.title, visibility: motion.visibility, factionId: motion.factionId })
		.from(motion)
		.where(eq(motion.id, motionId));
	if (!row) throw notFound;
	const authors = await executor
		.select({ userId: motionAuthor.userId })
		.from(motionAuthor)
		.where(eq(motionAuthor.motionId, motionId));
	const viewer = await loadMotionViewer(user);
	const facts = {
		visibility: row.visibility,
		factionId: row.factionId,
		authorIds: authors.map((author) => author.userId)
	};
	if (!canReadMotion(viewer, facts)) throw notFound;
	return { title: row.title };
}
