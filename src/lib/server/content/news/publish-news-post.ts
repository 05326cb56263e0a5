import { eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { ContentNotFoundError } from '../errors';
import { newsPost } from '../schema';
import { auditNews } from './news-audit';
import { indexNewsPost } from './index-news';

/**
 * Publishes or withdraws a post. The first publication dates the post; publishing again after a
 * withdrawal keeps that date, so the feed and lists do not present an old post as new.
 */
export async function setNewsPublished(options: {
	actor: SessionUser | null;
	postId: string;
	published: boolean;
	now?: Date;
	ip?: string | null;
}): Promise<void> {
	const { actor } = options;
	assertCan(actor, 'content.manage');
	const [existing] = await db.select().from(newsPost).where(eq(newsPost.id, options.postId));
	if (!existing) throw new ContentNotFoundError();
	const status = options.published ? 'published' : 'draft';
	if (existing.status === status) return;
	await db
		.update(newsPost)
		.set({
			status,
			publishedAt: existing.publishedAt ?? (options.published ? (options.now ?? new Date()) : null),
			updatedAt: new Date()
		})
		.where(eq(newsPost.id, existing.id));
	await auditNews(
		actor,
		options.published ? 'news.publish' : 'news.unpublish',
		existing,
		options.ip
	);
	await indexNewsPost(existing.id);
}
