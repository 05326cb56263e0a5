import { assertCan } from '../../../auth/policy';
import type { SessionUser } from '../../../auth/types';
import { readableMotion } from '../../attachments/motion-access';
import { MotionError } from '../../motion-error';
import {
	commentMailSetting,
	resumeCommentMails,
	stopCommentMails,
	type CommentMailSetting
} from './opt-out';

/** The comment-mail switch an author sees on the motion page; null for everyone else. */
export async function authorCommentMailSetting(
	actor: SessionUser | null,
	motionId: string
): Promise<CommentMailSetting | null> {
	if (!actor) return null;
	const access = await readableMotion(actor, motionId);
	if (!access || !access.facts.authorIds.includes(actor.id)) return null;
	return commentMailSetting(actor.id, motionId);
}

/**
 * An author turns the mails about new comments on one of their motions off or on again; `all`
 * turns them on for every motion (after "keine Mails mehr zu Ihren Anträgen").
 */
export async function setAuthorCommentMails(
	actor: SessionUser | null,
	motionId: string,
	wanted: 'on' | 'off' | 'all_on'
): Promise<void> {
	assertCan(actor, 'network.contribute');
	const access = await readableMotion(actor, motionId);
	if (!access) throw new MotionError('motion_not_found');
	if (!access.facts.authorIds.includes(actor.id)) throw new MotionError('not_allowed');
	if (wanted === 'off') await stopCommentMails(actor.id, { motionId });
	else await resumeCommentMails(actor.id, wanted === 'all_on' ? 'all' : { motionId });
}
