import { requireAccess } from '$lib/server/auth/policy';
import { listCustomPages } from '$lib/server/content/pages/site-page-service';
import { getSitePage } from '$lib/server/instance/get-site-page';
import { SITE_PAGE_SLUGS } from '$lib/server/instance/site-pages';

/** One list of every page: the legal ones (own editor, always public) and the board's own. */
export async function load(event) {
	const user = requireAccess(event, 'content.manage');
	const [legal, custom] = await Promise.all([
		Promise.all(SITE_PAGE_SLUGS.map((slug) => getSitePage(slug))),
		listCustomPages(user)
	]);
	return {
		legal: legal.map((page) => ({
			slug: page.slug,
			title: page.title,
			isDefault: page.isDefault,
			updatedAt: page.updatedAt
		})),
		custom,
		deleted: event.url.searchParams.has('geloescht')
	};
}
