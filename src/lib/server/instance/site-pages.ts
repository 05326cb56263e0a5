import { DEFAULT_DATENSCHUTZ, DEFAULT_IMPRESSUM } from './default-pages';

/** Pages whose text the board edits; each is public at `/<slug>`. */
export const SITE_PAGES = {
	impressum: { title: 'Impressum', defaultMarkdown: DEFAULT_IMPRESSUM },
	datenschutz: { title: 'Datenschutzerklärung', defaultMarkdown: DEFAULT_DATENSCHUTZ }
} as const;

export type SitePageSlug = keyof typeof SITE_PAGES;

export const SITE_PAGE_SLUGS = Object.keys(SITE_PAGES) as SitePageSlug[];

export function isSitePageSlug(value: string): value is SitePageSlug {
	return Object.hasOwn(SITE_PAGES, value);
}

/** app_setting key of a page's text. */
export function sitePageSettingKey(slug: SitePageSlug): string {
	return `site.page.${slug}`;
}

/** What app_setting holds for a page. */
export interface StoredSitePage {
	markdown: string;
	updatedBy: { id: string; name: string } | null;
}

export const SITE_PAGE_MAX_LENGTH = 50_000;
