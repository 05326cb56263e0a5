import { requireAccess } from '$lib/server/auth/policy';
import { buildNewsFeed } from '$lib/server/content/news/news-feed';
import { conditionalResponse } from '$lib/server/content/seo/conditional-response';

/** The public Atom feed of news posts (DESIGN.md contract). */
export async function GET(event) {
	requireAccess(event, 'public.read');
	const { xml, updated } = await buildNewsFeed();
	return conditionalResponse(event.request, xml, {
		contentType: 'application/atom+xml; charset=utf-8',
		lastModified: updated
	});
}
