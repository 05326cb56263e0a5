import { can } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { renderMarkdown } from '../../content/render-markdown';
import type { MotionCommentsSection } from '../../../shared/motion-comments';
import { listMotionComments } from './list-comments';

/**
 * What the motion page (and the comments page) show of the comments: nothing for visitors
 * outside the network, who only learn that members discuss here; the rendered comments for
 * members, with their own Markdown source back for editing. Call after the motion's own access
 * check; a hidden motion throws "not found" here too.
 */
export async function loadMotionCommentsSection(
	user: SessionUser | null,
	motionId: string
): Promise<MotionCommentsSection> {
	if (!can(user, 'network.read'))
		return { motionId, visible: false, canWrite: false, comments: [] };
	const comments = await listMotionComments({ actor: user, motionId });
	const canWrite = can(user, 'network.contribute');
	return {
		motionId,
		visible: true,
		canWrite,
		comments: comments.map((comment) => ({
			id: comment.id,
			kind: comment.kind,
			html: renderMarkdown(comment.body, { topHeadingLevel: 4 }),
			source: comment.mine ? comment.body : null,
			authorName: comment.authorName,
			createdAt: comment.createdAt,
			editedAt: comment.editedAt,
			editable: comment.mine && canWrite,
			deletable: comment.deletable && canWrite
		}))
	};
}
