import { eq } from 'drizzle-orm';
import { renderMarkdown } from '../content/render-markdown';
import { db } from '../db';
import { appSetting } from '../settings/schema';
import {
	SITE_PAGES,
	sitePageSettingKey,
	type SitePageSlug,
	type StoredSitePage
} from './site-pages';

export interface SitePage {
	slug: SitePageSlug;
	title: string;
	markdown: string;
	/** Sanitised HTML, safe for {@html}. */
	html: string;
	/** True while nobody has saved a text yet and the template is shown. */
	isDefault: boolean;
	updatedAt: Date | null;
	updatedBy: { id: string; name: string } | null;
}

/** A public page's current text; the template until the board saves one. */
export async function getSitePage(slug: SitePageSlug): Promise<SitePage> {
	const [row] = await db
		.select()
		.from(appSetting)
		.where(eq(appSetting.key, sitePageSettingKey(slug)));
	const stored = row?.value as StoredSitePage | undefined;
	const markdown = stored?.markdown ?? SITE_PAGES[slug].defaultMarkdown;
	return {
		slug,
		title: SITE_PAGES[slug].title,
		markdown,
		html: renderMarkdown(markdown),
		isDefault: !stored,
		updatedAt: row?.updatedAt ?? null,
		updatedBy: stored?.updatedBy ?? null
	};
}
