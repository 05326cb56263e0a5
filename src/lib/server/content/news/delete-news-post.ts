import { eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { ContentNotFoundError } from '../errors';
import { newsPost } from '../schema';
import { auditNews } from './news-audit';
import { removeNewsFromSearch } from './index-news';

/** Deletes a post for good (its search row too); images stay for other texts that use them. */
export async function deleteNewsPost(options: {
	actor: SessionUser | null;
	postId: string;
	ip?: string | null;
}): Promise<void> {
	const { actor } = options;
	assertCan(actor, 'content.manage');
	const [deleted] = await db
		.delete(newsPost)
		.where(eq(newsPost.id, options.postId))
		.returning({ id: newsPost.id, title: newsPost.title });
	if (!deleted) throw new ContentNotFoundError();
	await removeNewsFromSearch([deleted.id]);
	await auditNews(actor, 'news.delete', deleted, options.ip);
}
