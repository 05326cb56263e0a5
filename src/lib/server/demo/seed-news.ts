import { eq } from 'drizzle-orm';
import { db } from '../db';
import { storeImage } from '../files/store-image';
import { indexNewsPost } from '../content/news/index-news';
import { contentImage, newsPost, newsPostAuthor, sitePage } from '../content/schema';
import { DEMO_COVER_ALT, DEMO_NEWS, DEMO_PAGES } from './data/news';
import { demoCoverPng } from './demo-cover-image';
import type { DemoSeed } from './types';

/** News posts (one a draft), a cover picture and two pages (one a draft); idempotent by slug. */
export const seedNews: DemoSeed = {
	name: 'Aktuelles und Seiten',
	async seed(ctx) {
		const board = ctx.accounts.get('vorstand');
		const cover = await storeImage(demoCoverPng());
		await db
			.insert(contentImage)
			.values({ sha256: cover.sha256, alt: DEMO_COVER_ALT, uploadedById: board?.id ?? null })
			.onConflictDoNothing();
		for (const post of DEMO_NEWS) {
			const [inserted] = await db
				.insert(newsPost)
				.values({
					slug: post.slug,
					title: post.title,
					teaser: post.teaser,
					body: post.body,
					tags: post.tags,
					byline: post.byline ?? null,
					status: post.publishedAt ? 'published' : 'draft',
					publishedAt: post.publishedAt ? new Date(post.publishedAt) : null,
					coverImageSha256: post.cover ? cover.sha256 : null,
					coverImageAlt: post.cover ? DEMO_COVER_ALT : null,
					createdById: board?.id ?? null,
					updatedAt: post.publishedAt ? new Date(post.publishedAt) : new Date()
				})
				.onConflictDoNothing()
				.returning({ id: newsPost.id });
			const [row] = inserted
				? [inserted]
				: await db.select({ id: newsPost.id }).from(newsPost).where(eq(newsPost.slug, post.slug));
			const author = post.authorKey ? ctx.accounts.get(post.authorKey) : undefined;
			if (inserted && author) {
				await db.insert(newsPostAuthor).values({ postId: row!.id, userId: author.id });
			}
			await indexNewsPost(row!.id);
		}
		for (const page of DEMO_PAGES) {
			await db
				.insert(sitePage)
				.values({
					slug: page.slug,
					title: page.title,
					description: page.description,
					body: page.body,
					status: page.published ? 'published' : 'draft',
					publishedAt: page.published ? new Date('2026-09-01T08:00:00Z') : null,
					updatedById: board?.id ?? null
				})
				.onConflictDoNothing();
		}
	}
};
