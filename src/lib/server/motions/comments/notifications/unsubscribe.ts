import { eq } from 'drizzle-orm';
import { db } from '../../../db';
import { motion } from '../../schema';
import { commentMailSetting, stopCommentMails, type CommentMailScope } from './opt-out';
import { verifyCommentMailToken } from './unsubscribe-token';

export interface CommentMailUnsubscribeInfo {
	/** The motion's title, or null when it was deleted since (stopping "all" still works). */
	motionTitle: string | null;
	stoppedHere: boolean;
	stoppedAll: boolean;
}

/**
 * What a signed link from a comment mail would stop, for its page; null for an invalid link.
 * The title is shown only to the holder of a genuine link, which went to an author of the motion.
 */
export async function describeCommentMailUnsubscribe(
	token: string
): Promise<CommentMailUnsubscribeInfo | null> {
	const verified = await verifyCommentMailToken(token);
	if (!verified) return null;
	const [row] = await db
		.select({ title: motion.title })
		.from(motion)
		.where(eq(motion.id, verified.motionId));
	const setting = await commentMailSetting(verified.userId, verified.motionId);
	return { motionTitle: row?.title ?? null, ...setting };
}

/** Carries out the link without signing in; doing it twice changes nothing. */
export async function applyCommentMailUnsubscribe(
	token: string,
	scope: 'motion' | 'all'
): Promise<CommentMailUnsubscribeInfo | null> {
	const verified = await verifyCommentMailToken(token);
	if (!verified) return null;
	const target: CommentMailScope = scope === 'all' ? 'all' : { motionId: verified.motionId };
	// A motion deleted since needs no stop of its own (its row could not refer to it anyway).
	const exists = await db
		.select({ id: motion.id })
		.from(motion)
		.where(eq(motion.id, verified.motionId));
	if (target === 'all' || exists.length > 0) await stopCommentMails(verified.userId, target);
	return describeCommentMailUnsubscribe(token);
}
