import type { SitemapProvider } from '../../content/seo/sitemap';
import { listFollowedBodies } from './list-followed-bodies';

/**
 * The overview and every followed council's page for the sitemap. Papers and meetings come in
 * through their public search rows like every other public document.
 */
export const councilSitemap: SitemapProvider = async () => {
	const bodies = await listFollowedBodies();
	return [
		{ path: '/ratsinfo' },
		...bodies.map((body) => ({ path: `/ratsinfo/${body.id}`, lastModified: body.lastSyncAt }))
	];
};
