import { and, arrayContains, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { NEWS_PAGE_SIZE } from '../../../shared/content';
import { newsPost } from '../schema';
import { newsSummaries, type NewsSummary } from './news-view';

const published = eq(newsPost.status, 'published');

/** Published posts, newest first, optionally of one tag: `/aktuelles`, the feed, the start page. */
export async function listPublishedNews(
	options: { tag?: string | null; page?: number; pageSize?: number } = {}
): Promise<{ total: number; items: NewsSummary[] }> {
	const pageSize = options.pageSize ?? NEWS_PAGE_SIZE;
	const page = Math.max(1, options.page ?? 1);
	const where: SQL = options.tag
		? and(published, arrayContains(newsPost.tags, [options.tag]))!
		: published;
	const [rows, [total]] = await Promise.all([
		db
			.select()
			.from(newsPost)
			.where(where)
			.orderBy(desc(newsPost.publishedAt), desc(newsPost.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db.select({ n: count() }).from(newsPost).where(where)
	]);
	return { total: total?.n ?? 0, items: await newsSummaries(rows) };
}

/** Tags of published posts with how often each is used, most used first. */
export async function listPublishedTags(): Promise<{ tag: string; count: number }[]> {
	const tag = sql<string>`unnest(${newsPost.tags})`;
	const rows = await db
		.select({ tag, count: sql<number>`count(*)::int` })
		.from(newsPost)
		.where(published)
		.groupBy(sql`1`)
		.orderBy(sql`2 desc`, sql`1`);
	return rows;
}

/** Every post for the board's list, drafts first, then newest. */
export async function listAllNews(actor: SessionUser | null): Promise<NewsSummary[]> {
	assertCan(actor, 'content.manage');
	const rows = await db
		.select()
		.from(newsPost)
		.orderBy(
			sql`${newsPost.status} = 'published'`,
			desc(sql`coalesce(${newsPost.publishedAt}, ${newsPost.updatedAt})`)
		);
	return newsSummaries(rows);
}
