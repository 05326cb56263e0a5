import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { hitRateLimit, RATE_LIMITS } from '../../security/rate-limit';
import { motionCommentForm, type MotionCommentInput } from '../../../shared/motion-comments';
import { motionComment } from '../schema';
import { MotionCommentError } from './errors';
import { requestCommentNotifications } from './notifications/jobs';
import { assertReadableMotion } from './readable-motion';

/**
 * A member comments on, or reports their experience with, a motion they can read; the motion's
 * authors are mailed about it (notifications/).
 */
export async function addMotionComment(options: {
	actor: SessionUser | null;
	motionId: string;
	input: MotionCommentInput;
}): Promise<{ id: string }> {
	assertCan(options.actor, 'network.contribute');
	const actor = options.actor;
	const input = motionCommentForm.parse(options.input);
	await assertReadableMotion(actor, options.motionId);
	const { allowed } = await hitRateLimit(RATE_LIMITS.motionComment, actor.id);
	if (!allowed)
		throw new MotionCommentError(
			'Sie haben in kurzer Zeit sehr viele Kommentare geschrieben. Bitte versuchen Sie es in einigen Minuten wieder.'
		);
	const [row] = await db
		.insert(motionComment)
		.values({ motionId: options.motionId, authorId: actor.id, kind: input.kind, body: input.body })
		.returning({ id: motionComment.id });
	await requestCommentNotifications(row!.id);
	return { id: row!.id };
}
