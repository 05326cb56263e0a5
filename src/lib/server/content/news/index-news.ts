import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { newsPost } from '../schema';

/**
 * Keeps news posts in the one search table: published posts are public rows, drafts have none
 * (the board finds drafts in its own list, and a draft must never surface in a public search).
 * Call after every change to a post.
 */
export const NEWS_DOCUMENT_TYPE = 'news';

export async function indexNewsPost(postId: string): Promise<void> {
	const [post] = await db.select().from(newsPost).where(eq(newsPost.id, postId));
	if (!post || post.status !== 'published' || !post.publishedAt) {
		await db
			.delete(searchDocument)
			.where(and(eq(searchDocument.type, NEWS_DOCUMENT_TYPE), eq(searchDocument.sourceId, postId)));
		return;
	}
	const row = {
		type: NEWS_DOCUMENT_TYPE,
		sourceId: post.id,
		title: post.title,
		body: [post.teaser, post.body].join('\n\n'),
		url: `/aktuelles/${post.slug}`,
		date: post.publishedAt.toISOString().slice(0, 10),
		kind: null,
		status: null,
		access: 'public',
		modifiedAt: new Date()
	} satisfies typeof searchDocument.$inferInsert;
	await db
		.insert(searchDocument)
		.values(row)
		.onConflictDoUpdate({
			target: [searchDocument.type, searchDocument.sourceId],
			set: {
				title: row.title,
				body: row.body,
				url: row.url,
				date: row.date,
				access: row.access,
				modifiedAt: row.modifiedAt
			}
		});
}

/** Rebuilds every post's row and removes rows of posts that are gone. */
export async function reindexAllNews(): Promise<void> {
	const posts = await db.select({ id: newsPost.id }).from(newsPost);
	for (const post of posts) await indexNewsPost(post.id);
	await db.delete(searchDocument).where(
		and(
			eq(searchDocument.type, NEWS_DOCUMENT_TYPE),
			notExists(
				db
					.select({ one: sql`1` })
					.from(newsPost)
					.where(eq(newsPost.id, searchDocument.sourceId))
			)
		)
	);
}

export async function removeNewsFromSearch(postIds: string[]): Promise<void> {
	if (postIds.length === 0) return;
	await db
		.delete(searchDocument)
		.where(
			and(eq(searchDocument.type, NEWS_DOCUMENT_TYPE), inArray(searchDocument.sourceId, postIds))
		);
}
