import { requireAccess } from '$lib/server/auth/policy';
import { conditionalResponse } from '$lib/server/content/seo/conditional-response';
import { buildSitemap } from '$lib/server/content/seo/sitemap';

export async function GET(event) {
	requireAccess(event, 'public.read');
	const { xml, lastModified } = await buildSitemap();
	return conditionalResponse(event.request, xml, {
		contentType: 'application/xml; charset=utf-8',
		lastModified: lastModified ?? undefined,
		maxAgeSeconds: 3600
	});
}
