import { and, asc, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { ContentNotFoundError, SlugTakenError } from '../errors';
import { renderMarkdown } from '../render-markdown';
import { sitePage } from '../schema';
import type { SitePageInput } from './page-input';

/**
 * Pages the board makes ("Über uns", "Presse" …), public at `/seiten/<slug>` once published.
 * Their own path prefix means no page name can ever shadow an application route.
 */
type PageAction = 'page.create' | 'page.update' | 'page.publish' | 'page.unpublish' | 'page.delete';

async function audit(
	actor: SessionUser,
	action: PageAction,
	page: { id: string; title: string },
	ip?: string | null
) {
	await recordAudit({
		actor: { id: actor.id, email: actor.email, name: actor.name },
		action,
		targetType: 'site_page',
		targetId: page.id,
		targetLabel: page.title,
		ip: ip ?? null
	});
}

export async function saveCustomPage(options: {
	actor: SessionUser | null;
	pageId?: string;
	input: SitePageInput;
	ip?: string | null;
}): Promise<{ id: string; slug: string }> {
	const { actor, input } = options;
	assertCan(actor, 'content.manage');
	const taken = await db
		.select({ id: sitePage.id })
		.from(sitePage)
		.where(
			options.pageId
				? and(eq(sitePage.slug, input.slug), ne(sitePage.id, options.pageId))
				: eq(sitePage.slug, input.slug)
		);
	if (taken.length > 0) throw new SlugTakenError(input.slug);
	const values = { ...input, updatedById: actor.id, updatedAt: new Date() };
	const [row] = options.pageId
		? await db.update(sitePage).set(values).where(eq(sitePage.id, options.pageId)).returning()
		: await db.insert(sitePage).values(values).returning();
	if (!row) throw new ContentNotFoundError();
	await audit(actor, options.pageId ? 'page.update' : 'page.create', row, options.ip);
	return { id: row.id, slug: row.slug };
}

export async function setCustomPagePublished(options: {
	actor: SessionUser | null;
	pageId: string;
	published: boolean;
	ip?: string | null;
}): Promise<void> {
	const { actor } = options;
	assertCan(actor, 'content.manage');
	const [existing] = await db.select().from(sitePage).where(eq(sitePage.id, options.pageId));
	if (!existing) throw new ContentNotFoundError();
	const status = options.published ? 'published' : 'draft';
	if (existing.status === status) return;
	await db
		.update(sitePage)
		.set({
			status,
			publishedAt: existing.publishedAt ?? (options.published ? new Date() : null),
			updatedAt: new Date()
		})
		.where(eq(sitePage.id, existing.id));
	await audit(actor, options.published ? 'page.publish' : 'page.unpublish', existing, options.ip);
}

export async function deleteCustomPage(options: {
	actor: SessionUser | null;
	pageId: string;
	ip?: string | null;
}): Promise<void> {
	const { actor } = options;
	assertCan(actor, 'content.manage');
	const [deleted] = await db
		.delete(sitePage)
		.where(eq(sitePage.id, options.pageId))
		.returning({ id: sitePage.id, title: sitePage.title });
	if (!deleted) throw new ContentNotFoundError();
	await audit(actor, 'page.delete', deleted, options.ip);
}

export async function listCustomPages(actor: SessionUser | null) {
	assertCan(actor, 'content.manage');
	return db
		.select({
			id: sitePage.id,
			slug: sitePage.slug,
			title: sitePage.title,
			status: sitePage.status,
			updatedAt: sitePage.updatedAt
		})
		.from(sitePage)
		.orderBy(asc(sitePage.title));
}

export async function getCustomPageForEditing(actor: SessionUser | null, pageId: string) {
	assertCan(actor, 'content.manage');
	const [row] = await db.select().from(sitePage).where(eq(sitePage.id, pageId));
	return row ?? null;
}

/** A published page by its address; drafts and unknown addresses alike give null. */
export async function getPublishedCustomPage(slug: string) {
	const [row] = await db
		.select()
		.from(sitePage)
		.where(and(eq(sitePage.slug, slug), eq(sitePage.status, 'published')));
	if (!row) return null;
	return {
		slug: row.slug,
		title: row.title,
		description: row.description,
		html: renderMarkdown(row.body),
		updatedAt: row.updatedAt
	};
}

/** Published pages for the footer and the sitemap, by title. */
export async function listPublishedCustomPages(): Promise<{ slug: string; title: string }[]> {
	return db
		.select({ slug: sitePage.slug, title: sitePage.title })
		.from(sitePage)
		.where(eq(sitePage.status, 'published'))
		.orderBy(asc(sitePage.title));
}
