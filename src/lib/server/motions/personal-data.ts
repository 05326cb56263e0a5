import { and, asc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { db } from '../db';
import { motion, motionAuthor, motionComment, motionCommentMailOptOut } from './schema';

export interface MotionData {
	/** Motions the person is named as an author of. */
	authored: {
		id: string;
		type: string;
		title: string;
		status: string;
		visibility: string;
		createdAt: Date;
	}[];
	comments: {
		motion: string;
		kind: string;
		body: string;
		createdAt: Date;
		editedAt: Date | null;
	}[];
	/** Comment mails the person stopped: for one motion (its title), or for all (null). */
	commentMailStops: { motion: string | null; since: Date }[];
}

/** What the motion exchange keeps about one person, for their data download (privacy). */
export async function exportMotionData(userId: string): Promise<MotionData> {
	const authored = await db
		.select({
			id: motion.id,
			type: motion.type,
			title: motion.title,
			status: motion.status,
			visibility: motion.visibility,
			createdAt: motion.createdAt
		})
		.from(motionAuthor)
		.innerJoin(motion, eq(motion.id, motionAuthor.motionId))
		.where(eq(motionAuthor.userId, userId))
		.orderBy(asc(motion.createdAt));
	const comments = await db
		.select({
			motion: motion.title,
			kind: motionComment.kind,
			body: motionComment.body,
			createdAt: motionComment.createdAt,
			editedAt: motionComment.editedAt
		})
		.from(motionComment)
		.innerJoin(motion, eq(motion.id, motionComment.motionId))
		.where(eq(motionComment.authorId, userId))
		.orderBy(asc(motionComment.createdAt));
	const commentMailStops = await db
		.select({ motion: motion.title, since: motionCommentMailOptOut.createdAt })
		.from(motionCommentMailOptOut)
		.leftJoin(motion, eq(motion.id, motionCommentMailOptOut.motionId))
		.where(eq(motionCommentMailOptOut.userId, userId))
		.orderBy(asc(motionCommentMailOptOut.createdAt));
	return { authored, comments, commentMailStops };
}

/**
 * Removes a person from the motion exchange when their account goes, in the caller's transaction.
 * Their comments go (nothing replies to a comment, so no context is lost). Motions stay: they are
 * the faction's and the council's work, and the authorship link goes with the account — except
 * drafts without a faction that nobody else wrote, which nobody could ever read again.
 *
 * Returns the motions whose search rows must be rebuilt once the transaction is committed (their
 * readers changed, or they are gone).
 */
export async function eraseMotionData(
	userId: string,
	executor: Pick<typeof db, 'select' | 'update' | 'delete'> = db
): Promise<string[]> {
	await executor.delete(motionComment).where(eq(motionComment.authorId, userId));
	const authored = (
		await executor
			.select({ id: motionAuthor.motionId })
			.from(motionAuthor)
			.where(eq(motionAuthor.userId, userId))
	).map((row) => row.id);
	if (authored.length === 0) return [];
	const otherAuthor = executor
		.select({ one: sql`1` })
		.from(motionAuthor)
		.where(and(eq(motionAuthor.motionId, motion.id), sql`${motionAuthor.userId} <> ${userId}`));
	const orphaned = and(
		inArray(motion.id, authored),
		eq(motion.visibility, 'faction'),
		isNull(motion.factionId),
		notExists(otherAuthor)
	);
	const gone = executor.select({ id: motion.id }).from(motion).where(orphaned);
	// Reuses of a draft that goes keep saying where they came from, as after deleting a motion.
	await executor
		.update(motion)
		.set({ reusedFromDeleted: true })
		.where(inArray(motion.reusedFromId, gone));
	await executor.delete(motion).where(orphaned);
	return authored;
}
