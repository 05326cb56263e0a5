import { requireAccess } from '$lib/server/auth/policy';
import { getSitePage } from '$lib/server/instance/get-site-page';
import { SITE_PAGE_SLUGS } from '$lib/server/instance/site-pages';

export async function load(event) {
	requireAccess(event, 'admin.settings');
	const pages = await Promise.all(SITE_PAGE_SLUGS.map((slug) => getSitePage(slug)));
	return {
		pages: pages.map((page) => ({
			slug: page.slug,
			title: page.title,
			isDefault: page.isDefault,
			updatedAt: page.updatedAt,
			updatedByName: page.updatedBy?.name ?? null
		}))
	};
}
