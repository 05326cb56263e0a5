import { and, eq, inArray, ne } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import { user } from '../../auth/schema';
import type { SessionUser } from '../../auth/types';
import { db, type Transaction } from '../../db';
import { slugify } from '../../../shared/slug';
import {
	ContentNotFoundError,
	SlugTakenError,
	UnknownAuthorError,
	UnknownImageError
} from '../errors';
import { contentImage, newsPost, newsPostAuthor } from '../schema';
import { auditNews } from './news-audit';
import { indexNewsPost } from './index-news';
import type { NewsPostInput } from './news-input';

export interface SaveNewsPostOptions {
	actor: SessionUser | null;
	/** Omitted for a new post (always a draft until published). */
	postId?: string;
	/** Checked by `newsPostInput` at the form edge. */
	input: NewsPostInput;
	ip?: string | null;
}

/**
 * Creates or changes a news post. Without a slug one is made from the title; a taken one gets a
 * number (for a derived slug) or is refused (for one the board typed). A published post keeps its
 * address unless the board changes it on purpose.
 */
export async function saveNewsPost(
	options: SaveNewsPostOptions
): Promise<{ id: string; slug: string }> {
	const { actor } = options;
	assertCan(actor, 'content.manage');
	const input = options.input;
	const result = await db.transaction(async (tx) => {
		const existing = options.postId
			? (await tx.select().from(newsPost).where(eq(newsPost.id, options.postId)))[0]
			: undefined;
		if (options.postId && !existing) throw new ContentNotFoundError();
		await checkReferences(tx, input);
		const slug = input.slug
			? await requireFreeSlug(tx, input.slug, options.postId)
			: (existing?.slug ??
				(await freeSlug(tx, slugify(input.title, { maxLength: 80, fallback: 'beitrag' }))));
		const values = {
			slug,
			title: input.title,
			teaser: input.teaser,
			body: input.body,
			tags: input.tags,
			byline: input.byline,
			coverImageSha256: input.coverImage,
			coverImageAlt: input.coverImage ? input.coverImageAlt : null,
			updatedAt: new Date()
		};
		const [row] = existing
			? await tx.update(newsPost).set(values).where(eq(newsPost.id, existing.id)).returning()
			: await tx
					.insert(newsPost)
					.values({ ...values, createdById: actor.id })
					.returning();
		await tx.delete(newsPostAuthor).where(eq(newsPostAuthor.postId, row!.id));
		if (input.authorIds.length > 0) {
			await tx
				.insert(newsPostAuthor)
				.values(input.authorIds.map((userId) => ({ postId: row!.id, userId })));
		}
		return { id: row!.id, slug: row!.slug, title: row!.title, created: !existing };
	});
	await auditNews(actor, result.created ? 'news.create' : 'news.update', result, options.ip);
	await indexNewsPost(result.id);
	return { id: result.id, slug: result.slug };
}

async function checkReferences(tx: Transaction, input: NewsPostInput): Promise<void> {
	if (input.coverImage) {
		const [image] = await tx
			.select({ sha256: contentImage.sha256 })
			.from(contentImage)
			.where(eq(contentImage.sha256, input.coverImage));
		if (!image) throw new UnknownImageError();
	}
	if (input.authorIds.length > 0) {
		const found = await tx
			.select({ id: user.id })
			.from(user)
			.where(inArray(user.id, input.authorIds));
		if (found.length !== input.authorIds.length) throw new UnknownAuthorError();
	}
}

async function slugTaken(tx: Transaction, slug: string, exceptId?: string): Promise<boolean> {
	const rows = await tx
		.select({ id: newsPost.id })
		.from(newsPost)
		.where(
			exceptId ? and(eq(newsPost.slug, slug), ne(newsPost.id, exceptId)) : eq(newsPost.slug, slug)
		);
	return rows.length > 0;
}

async function requireFreeSlug(tx: Transaction, slug: string, exceptId?: string): Promise<string> {
	if (await slugTaken(tx, slug, exceptId)) throw new SlugTakenError(slug);
	return slug;
}

async function freeSlug(tx: Transaction, base: string): Promise<string> {
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		if (!(await slugTaken(tx, candidate))) return candidate;
	}
}
