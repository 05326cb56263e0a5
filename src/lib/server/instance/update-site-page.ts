import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { appSetting } from '../settings/schema';
import {
	SITE_PAGE_MAX_LENGTH,
	SITE_PAGES,
	sitePageSettingKey,
	type SitePageSlug,
	type StoredSitePage
} from './site-pages';

/** Form input of the page editor; shared by the action and the preview. */
export const sitePageInput = z.object({
	markdown: z
		.string({ error: 'Bitte einen Text eingeben.' })
		.trim()
		.min(1, 'Bitte einen Text eingeben.')
		.max(SITE_PAGE_MAX_LENGTH, `Der Text darf höchstens ${SITE_PAGE_MAX_LENGTH} Zeichen lang sein.`)
});

export interface UpdateSitePageOptions {
	actor: SessionUser | null;
	slug: SitePageSlug;
	markdown: string;
	ip?: string | null;
}

/** Saves a public page's text and notes who changed it in the audit log. */
export async function updateSitePage(options: UpdateSitePageOptions): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'admin.settings');
	const markdown = sitePageInput.parse({ markdown: options.markdown }).markdown;
	await writeSitePage(options.slug, { markdown, updatedBy: { id: actor.id, name: actor.name } });
	await recordAudit({
		actor: { id: actor.id, email: actor.email, name: actor.name },
		action: 'settings.page_update',
		targetType: 'site_page',
		targetId: options.slug,
		targetLabel: SITE_PAGES[options.slug].title,
		details: { length: markdown.length },
		ip: options.ip ?? null
	});
}

/**
 * Stores a page's text without a permission check: only for callers that decided already
 * (updateSitePage above, demo seeding).
 */
export async function writeSitePage(slug: SitePageSlug, value: StoredSitePage): Promise<void> {
	await db
		.insert(appSetting)
		.values({ key: sitePageSettingKey(slug), value })
		.onConflictDoUpdate({ target: appSetting.key, set: { value, updatedAt: new Date() } });
}
