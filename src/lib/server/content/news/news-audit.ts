import { recordAudit } from '../../audit/record-audit';
import type { SessionUser } from '../../auth/types';

/** Audit entry for a change to a news post; the action codes are labelled in action-labels.ts. */
export async function auditNews(
	actor: SessionUser,
	action: 'news.create' | 'news.update' | 'news.publish' | 'news.unpublish' | 'news.delete',
	post: { id: string; title: string },
	ip?: string | null
): Promise<void> {
	await recordAudit({
		actor: { id: actor.id, email: actor.email, name: actor.name },
		action,
		targetType: 'news_post',
		targetId: post.id,
		targetLabel: post.title,
		ip: ip ?? null
	});
}
