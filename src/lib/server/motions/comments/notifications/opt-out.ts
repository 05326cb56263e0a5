import { and, eq, isNull, or } from 'drizzle-orm';
import { db } from '../../../db';
import { motionCommentMailOptOut } from '../../schema';

/** Which comment mails a person has stopped: one motion's, or (motionId null) all of them. */
export type CommentMailScope = { motionId: string } | 'all';

export async function stopCommentMails(userId: string, scope: CommentMailScope): Promise<void> {
	await db
		.insert(motionCommentMailOptOut)
		.values({ userId, motionId: scope === 'all' ? null : scope.motionId })
		.onConflictDoNothing();
}

/** Turns mails back on: for one motion, or all (which also clears every single-motion stop). */
export async function resumeCommentMails(userId: string, scope: CommentMailScope): Promise<void> {
	await db
		.delete(motionCommentMailOptOut)
		.where(
			and(
				eq(motionCommentMailOptOut.userId, userId),
				scope === 'all' ? undefined : eq(motionCommentMailOptOut.motionId, scope.motionId)
			)
		);
}

export interface CommentMailSetting {
	/** Mails about this motion are stopped (by itself or through "all"). */
	stoppedHere: boolean;
	stoppedAll: boolean;
}

export async function commentMailSetting(
	userId: string,
	motionId: string
): Promise<CommentMailSetting> {
	const rows = await db
		.select({ motionId: motionCommentMailOptOut.motionId })
		.from(motionCommentMailOptOut)
		.where(
			and(
				eq(motionCommentMailOptOut.userId, userId),
				or(eq(motionCommentMailOptOut.motionId, motionId), isNull(motionCommentMailOptOut.motionId))
			)
		);
	const stoppedAll = rows.some((row) => row.motionId === null);
	return { stoppedAll, stoppedHere: stoppedAll || rows.length > 0 };
}
