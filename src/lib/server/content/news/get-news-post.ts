import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { renderMarkdown } from '../render-markdown';
import { newsPost, newsPostAuthor } from '../schema';
import { newsSummaries, type NewsSummary } from './news-view';

export interface NewsArticle extends NewsSummary {
	/** Sanitised HTML of the body. */
	html: string;
}

/** A published post by its address; null for drafts and unknown slugs alike. */
export async function getPublishedNewsPost(slug: string): Promise<NewsArticle | null> {
	const [row] = await db
		.select()
		.from(newsPost)
		.where(and(eq(newsPost.slug, slug), eq(newsPost.status, 'published')));
	if (!row) return null;
	const [summary] = await newsSummaries([row]);
	return { ...summary!, html: renderMarkdown(row.body) };
}

/** Everything the editor needs of a post, for the board. */
export async function getNewsPostForEditing(actor: SessionUser | null, postId: string) {
	assertCan(actor, 'content.manage');
	const [row] = await db.select().from(newsPost).where(eq(newsPost.id, postId));
	if (!row) return null;
	const authors = await db
		.select({ userId: newsPostAuthor.userId })
		.from(newsPostAuthor)
		.where(eq(newsPostAuthor.postId, postId));
	return { ...row, authorIds: authors.map((author) => author.userId) };
}
