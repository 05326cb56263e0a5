import { asc, eq, inArray } from 'drizzle-orm';
import { user } from '../../auth/schema';
import { db } from '../../db';
import { newsPost, newsPostAuthor } from '../schema';

type NewsRow = typeof newsPost.$inferSelect;

/** What lists, the start page and the feed show of a post. */
export interface NewsSummary {
	id: string;
	slug: string;
	title: string;
	teaser: string;
	tags: string[];
	status: NewsRow['status'];
	publishedAt: Date | null;
	updatedAt: Date;
	cover: { src: string; alt: string } | null;
	/** Account authors by name, then the free-text byline. */
	authors: string[];
}

export function mediaUrl(sha256: string): string {
	return `/medien/${sha256}`;
}

/** Summaries of the given rows in their order, with their authors' names. */
export async function newsSummaries(rows: NewsRow[]): Promise<NewsSummary[]> {
	const names = await authorNames(rows.map((row) => row.id));
	return rows.map((row) => ({
		id: row.id,
		slug: row.slug,
		title: row.title,
		teaser: row.teaser,
		tags: row.tags,
		status: row.status,
		publishedAt: row.publishedAt,
		updatedAt: row.updatedAt,
		cover: row.coverImageSha256
			? { src: mediaUrl(row.coverImageSha256), alt: row.coverImageAlt ?? '' }
			: null,
		authors: [...(names.get(row.id) ?? []), ...(row.byline ? [row.byline] : [])]
	}));
}

async function authorNames(postIds: string[]): Promise<Map<string, string[]>> {
	const map = new Map<string, string[]>();
	if (postIds.length === 0) return map;
	const rows = await db
		.select({ postId: newsPostAuthor.postId, name: user.name })
		.from(newsPostAuthor)
		.innerJoin(user, eq(user.id, newsPostAuthor.userId))
		.where(inArray(newsPostAuthor.postId, postIds))
		.orderBy(asc(user.name));
	for (const row of rows) {
		const list = map.get(row.postId);
		if (list) list.push(row.name);
		else map.set(row.postId, [row.name]);
	}
	return map;
}
