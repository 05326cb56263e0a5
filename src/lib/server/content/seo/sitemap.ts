import { and, eq } from 'drizzle-orm';
import { absoluteUrl } from '../../auth/public-origin';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { councilSitemap } from '../../oparl/read/sitemap-councils';
import { sitePage } from '../schema';

/** One address in the sitemap; `lastModified` when known. */
export interface SitemapEntry {
	path: string;
	lastModified?: Date | null;
}

/** Something that lists public addresses; capabilities add theirs to SITEMAP_PROVIDERS. */
export type SitemapProvider = () => Promise<SitemapEntry[]>;

/** Public pages that exist once, whatever the data. */
export const STATIC_PUBLIC_PATHS = [
	'/',
	'/aktuelles',
	'/antraege',
	'/veranstaltungen',
	'/wir-in-zahlen',
	'/karte',
	'/kontakt',
	'/impressum',
	'/datenschutz'
];

const staticPages: SitemapProvider = async () => STATIC_PUBLIC_PATHS.map((path) => ({ path }));

/**
 * Every public row of the one search table: published news, public motions, public events —
 * whatever a capability indexes as `public` is, by that same rule, fit for search engines.
 */
const publicSearchDocuments: SitemapProvider = async () => {
	const rows = await db
		.select({ url: searchDocument.url, modifiedAt: searchDocument.modifiedAt })
		.from(searchDocument)
		.where(eq(searchDocument.access, 'public'));
	return rows.map((row) => ({ path: row.url, lastModified: row.modifiedAt }));
};

const publishedSitePages: SitemapProvider = async () => {
	const rows = await db
		.select({ slug: sitePage.slug, updatedAt: sitePage.updatedAt })
		.from(sitePage)
		.where(and(eq(sitePage.status, 'published')));
	return rows.map((row) => ({ path: `/seiten/${row.slug}`, lastModified: row.updatedAt }));
};

export const SITEMAP_PROVIDERS: SitemapProvider[] = [
	staticPages,
	publicSearchDocuments,
	publishedSitePages,
	councilSitemap
];

function escapeXml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** The sitemap (sitemaps.org 0.9) of every provider's addresses, each once, absolute. */
export async function buildSitemap(
	providers: SitemapProvider[] = SITEMAP_PROVIDERS
): Promise<{ xml: string; lastModified: Date | null }> {
	const entries = new Map<string, Date | null>();
	for (const list of await Promise.all(providers.map((provider) => provider()))) {
		for (const entry of list) {
			const known = entries.get(entry.path);
			const date = entry.lastModified ?? null;
			if (!entries.has(entry.path) || (date && (!known || date > known)))
				entries.set(entry.path, date);
		}
	}
	let lastModified: Date | null = null;
	const urls = [...entries].map(([path, date]) => {
		if (date && (!lastModified || date > lastModified)) lastModified = date;
		const lastmod = date ? `<lastmod>${date.toISOString()}</lastmod>` : '';
		return `<url><loc>${escapeXml(absoluteUrl(path))}</loc>${lastmod}</url>`;
	});
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		''
	].join('\n');
	return { xml, lastModified };
}
